using System.Text.Json;

namespace Samspill.Deploy.Tests;

/// <summary>What every overlay must render: valid objects that give the silo what it needs.</summary>
public sealed class OverlayTests
{
    public static TheoryData<string> Overlays => new() { "dev", "production" };

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_object_passes_the_Kubernetes_schema_validator(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);

        Assert.Equal(0, rendered.Validation.ExitCode);
        Assert.NotEmpty(rendered.Objects);
        Assert.All(rendered.Objects, o => Assert.False(string.IsNullOrEmpty(o.Str("metadata", "name"))));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Contains_every_kind_the_silo_needs_at_the_stable_api_versions(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var expected = new Dictionary<string, string>
        {
            ["Deployment"] = "apps/v1",
            ["Service"] = "v1",
            ["Ingress"] = "networking.k8s.io/v1",
            ["PodDisruptionBudget"] = "policy/v1",
            ["HorizontalPodAutoscaler"] = "autoscaling/v2",
            ["Role"] = "rbac.authorization.k8s.io/v1",
            ["RoleBinding"] = "rbac.authorization.k8s.io/v1",
            ["ServiceAccount"] = "v1",
            ["ConfigMap"] = "v1",
        };

        foreach (var (kind, apiVersion) in expected)
        {
            var objects = rendered.OfKind(kind).ToList();
            Assert.True(objects.Count > 0, $"{overlay}: no {kind}.");
            Assert.All(objects, o => Assert.Equal(apiVersion, o.Str("apiVersion")));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Probes_point_at_the_health_endpoints_on_the_http_port(string overlay)
    {
        var container = RenderedOverlay.Load(overlay).SiloContainer;

        Assert.Equal("/health/ready", container.Str("readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", container.Str("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", container.Str("startupProbe", "httpGet", "path"));
        foreach (var probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
        {
            Assert.Equal("http", container.Str(probe, "httpGet", "port"));
        }

        var ports = container.Items("ports").ToDictionary(p => p.Str("name")!, p => p.Int("containerPort"));
        Assert.Equal(8080, ports["http"]);
        Assert.Equal(11111, ports["silo"]);
        Assert.Equal(30000, ports["gateway"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Pods_carry_the_labels_and_environment_Orleans_Kubernetes_hosting_reads(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var labels = rendered.SiloDeployment.At("spec", "template", "metadata", "labels");
        Assert.False(string.IsNullOrEmpty(labels.Str("orleans/serviceId")));
        Assert.False(string.IsNullOrEmpty(labels.Str("orleans/clusterId")));

        var fieldRefs = rendered.SiloContainer.Items("env")
            .Where(e => e.Find("valueFrom", "fieldRef") is not null)
            .ToDictionary(e => e.Str("name")!, e => e.Str("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.name", fieldRefs["POD_NAME"]);
        Assert.Equal("metadata.namespace", fieldRefs["POD_NAMESPACE"]);
        Assert.Equal("status.podIP", fieldRefs["POD_IP"]);
        Assert.Equal("metadata.labels['orleans/serviceId']", fieldRefs["ORLEANS_SERVICE_ID"]);
        Assert.Equal("metadata.labels['orleans/clusterId']", fieldRefs["ORLEANS_CLUSTER_ID"]);
        Assert.Equal(fieldRefs["ORLEANS_SERVICE_ID"], fieldRefs["Orleans__ServiceId"]);
        Assert.Equal(fieldRefs["ORLEANS_CLUSTER_ID"], fieldRefs["Orleans__ClusterId"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_silo_account_may_only_read_watch_and_label_pods(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var account = rendered.SiloDeployment.Str("spec", "template", "spec", "serviceAccountName");
        rendered.Single("ServiceAccount", account!);

        var binding = Assert.Single(rendered.OfKind("RoleBinding"));
        var subject = Assert.Single(binding.Items("subjects"));
        Assert.Equal(("ServiceAccount", account), (subject.Str("kind"), subject.Str("name")));
        Assert.Equal(binding.Str("metadata", "namespace"), subject.Str("namespace"));
        Assert.Equal("Role", binding.Str("roleRef", "kind"));

        var role = rendered.Single("Role", binding.Str("roleRef", "name")!);
        var rule = Assert.Single(role.Items("rules"));
        Assert.Equal([""], Strings(rule, "apiGroups"));
        Assert.Equal(["pods"], Strings(rule, "resources"));
        Assert.Equal(["get", "list", "patch", "watch"], Strings(rule, "verbs").Order());
        Assert.Empty(rendered.OfKind("ClusterRole"));
        Assert.Empty(rendered.OfKind("ClusterRoleBinding"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_silo_runs_unprivileged_with_bounded_resources_and_time_to_shut_down(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var pod = rendered.SiloDeployment.At("spec", "template", "spec");
        var container = rendered.SiloContainer;

        Assert.True(pod.At("securityContext", "runAsNonRoot").GetBoolean());
        Assert.True(container.At("securityContext", "readOnlyRootFilesystem").GetBoolean());
        Assert.False(container.At("securityContext", "allowPrivilegeEscalation").GetBoolean());
        foreach (var bound in new[] { "requests", "limits" })
        {
            Assert.NotNull(container.Str("resources", bound, "cpu"));
            Assert.NotNull(container.Str("resources", bound, "memory"));
        }

        // The silo promises a graceful exit within Shutdown__Timeout (30 s); the pod must wait for the preStop
        // hook and that, or it is killed half-way.
        Assert.True(pod.Int("terminationGracePeriodSeconds") >= 35, "terminationGracePeriodSeconds must leave room for a 30 s graceful exit.");
        var config = rendered.SingleGenerated("ConfigMap", "samspill-config");
        var shutdown = TimeSpan.Parse(config.Str("data", "Shutdown__Timeout")!);
        var drain = TimeSpan.Parse(config.Str("data", "Shutdown__DrainDelay")!);
        var preStop = int.Parse(container.Items("lifecycle", "preStop", "exec", "command").Last().GetString()!);
        Assert.True(drain < shutdown && shutdown <= TimeSpan.FromSeconds(30), "the contract promises a graceful exit within 30 s");
        Assert.True(pod.Int("terminationGracePeriodSeconds") > preStop + shutdown.TotalSeconds,
            "terminationGracePeriodSeconds must cover the preStop hook and Shutdown__Timeout");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Configuration_comes_from_the_ConfigMap_and_connection_strings_from_a_Secret(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var config = rendered.SingleGenerated("ConfigMap", "samspill-config");
        var container = rendered.SiloContainer;

        var envFrom = Assert.Single(container.Items("envFrom"));
        Assert.Equal(config.Str("metadata", "name"), envFrom.Str("configMapRef", "name"));
        Assert.Equal("Redis", config.Str("data", "Orleans__Clustering"));
        Assert.Equal("AzureTable", config.Str("data", "Storage__Provider"));
        Assert.Equal("http://+:8080", config.Str("data", "ASPNETCORE_URLS"));

        var connectionStrings = container.Items("env").Where(e => e.Str("name")!.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ConnectionStrings__AzureStorage", "ConnectionStrings__Redis"], connectionStrings.Select(e => e.Str("name")!).Order());
        Assert.All(connectionStrings, e =>
        {
            Assert.Null(e.Find("value"));
            Assert.NotNull(e.Str("valueFrom", "secretKeyRef", "name"));
        });
        Assert.All(rendered.OfKind("ConfigMap"), c => Assert.DoesNotContain("AccountKey=", c.GetRawText(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_ingress_keeps_a_client_on_one_silo_for_SignalR(string overlay)
    {
        var rendered = RenderedOverlay.Load(overlay);
        var ingress = rendered.Single("Ingress", "samspill-silo");
        var service = rendered.Single("Service", "samspill-silo");

        Assert.Equal("cookie", ingress.Str("metadata", "annotations", "nginx.ingress.kubernetes.io/affinity"));
        var backend = Assert.Single(Assert.Single(ingress.Items("spec", "rules")).Items("http", "paths")).At("backend", "service");
        Assert.Equal("samspill-silo", backend.Str("name"));
        Assert.Equal("http", backend.Str("port", "name"));
        var port = Assert.Single(service.Items("spec", "ports"));
        Assert.Equal(("http", "http"), (port.Str("name"), port.Str("targetPort")));
        Assert.Equal("samspill-silo", service.Str("spec", "selector", "app.kubernetes.io/name"));
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.Items(property).Select(v => v.GetString()!);
}
