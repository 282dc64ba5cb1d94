using System.Text;

namespace Samspill.Deploy.Tests;

/// <summary>The dev overlay: a self-contained three-silo cluster with its own Azurite and Redis.</summary>
public sealed class DevOverlayTests
{
    private readonly RenderedOverlay dev = RenderedOverlay.Load("dev");

    [Fact]
    public void Runs_three_silos_and_never_autoscales_below_that()
    {
        Assert.Equal(3, dev.SiloDeployment.Int("spec", "replicas"));
        Assert.True(dev.Single("HorizontalPodAutoscaler", "samspill-silo").Int("spec", "minReplicas") >= 3);
    }

    [Theory]
    [InlineData("azurite", "mcr.microsoft.com/azure-storage/azurite:", 10002)]
    [InlineData("redis", "redis:", 6379)]
    public void Runs_its_own_dependency_behind_a_service(string name, string imagePrefix, int port)
    {
        var deployment = dev.Single("Deployment", name);
        var container = Assert.Single(deployment.Items("spec", "template", "spec", "containers"));
        Assert.StartsWith(imagePrefix, container.Str("image"), StringComparison.Ordinal);

        var service = dev.Single("Service", name);
        Assert.Equal(name, service.Str("spec", "selector", "app.kubernetes.io/name"));
        Assert.Equal(port, Assert.Single(service.Items("spec", "ports")).Int("port"));
    }

    [Fact]
    public void The_generated_secret_holds_what_the_silo_references_and_points_at_the_in_cluster_services()
    {
        var secret = dev.SingleGenerated("Secret", "samspill-secrets");
        var references = dev.SiloContainer.Items("env")
            .Select(e => e.Find("valueFrom", "secretKeyRef"))
            .OfType<System.Text.Json.JsonElement>()
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.Equal(secret.Str("metadata", "name"), r.Str("name"));
            Assert.NotNull(secret.Str("data", r.Str("key")!));
        });
        Assert.Contains("TableEndpoint=http://azurite:10002/", Decode(secret, "azure-storage"), StringComparison.Ordinal);
        // Azurite's public development account, and nothing else, may appear in the repository.
        Assert.Contains("AccountName=devstoreaccount1;", Decode(secret, "azure-storage"), StringComparison.Ordinal);
        Assert.StartsWith("redis:6379", Decode(secret, "redis"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_silo_signs_dev_tokens_with_the_same_key_from_the_secret()
    {
        // Without a shared key each silo signs with its own random one and rejects the others' tokens.
        var keyRef = dev.SiloContainer.Items("env").Single(e => e.Str("name") == "Authentication__DevTokens__SigningKey");
        Assert.Null(keyRef.Find("value"));
        var secret = dev.SingleGenerated("Secret", "samspill-secrets");
        Assert.Equal(secret.Str("metadata", "name"), keyRef.Str("valueFrom", "secretKeyRef", "name"));
        var key = Convert.FromBase64String(Decode(secret, keyRef.Str("valueFrom", "secretKeyRef", "key")!));
        Assert.True(key.Length >= 32, "HS256 needs a key of at least 256 bits");
    }

    private static string Decode(System.Text.Json.JsonElement secret, string key) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(secret.Str("data", key)!.Replace("\n", "", StringComparison.Ordinal)));
}
