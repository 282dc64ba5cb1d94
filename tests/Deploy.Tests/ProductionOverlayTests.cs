namespace Samspill.Deploy.Tests;

/// <summary>The production overlay: external storage and Redis, no credentials in the repository, no dev tokens.</summary>
public sealed class ProductionOverlayTests
{
    private readonly RenderedOverlay production = RenderedOverlay.Load("production");

    [Fact]
    public void No_secret_value_is_rendered()
    {
        Assert.All(production.OfKind("Secret"), s =>
        {
            Assert.Null(s.Find("data"));
            Assert.Null(s.Find("stringData"));
        });
    }

    [Fact]
    public void Connection_strings_come_from_the_existing_samspill_secrets()
    {
        var references = production.SiloContainer.Items("env")
            .Where(e => e.Find("valueFrom", "secretKeyRef") is not null)
            .ToDictionary(e => e.Str("name")!, e => (e.Str("valueFrom", "secretKeyRef", "name"), e.Str("valueFrom", "secretKeyRef", "key")));

        Assert.Equal(("samspill-secrets", "redis"), references["ConnectionStrings__Redis"]);
        Assert.Equal(("samspill-secrets", "azure-storage"), references["ConnectionStrings__AzureStorage"]);
    }

    [Fact]
    public void Runs_in_Production_without_dev_tokens_and_with_an_identity_provider()
    {
        var config = production.SingleGenerated("ConfigMap", "samspill-config");

        Assert.Equal("Production", config.Str("data", "ASPNETCORE_ENVIRONMENT"));
        Assert.Equal("false", config.Str("data", "Authentication__DevTokens__Enabled"));
        Assert.StartsWith("https://", config.Str("data", "Authentication__Authority"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(config.Str("data", "Authentication__Audience")));
    }

    [Fact]
    public void Scales_wider_than_dev_and_serves_over_tls()
    {
        var hpa = production.Single("HorizontalPodAutoscaler", "samspill-silo");
        var minimum = hpa.Int("spec", "minReplicas");
        var devMinimum = RenderedOverlay.Load("dev").Single("HorizontalPodAutoscaler", "samspill-silo").Int("spec", "minReplicas");

        Assert.True(minimum > devMinimum, "production should keep more silos than dev");
        Assert.True(hpa.Int("spec", "maxReplicas") > minimum);
        Assert.True(production.SiloDeployment.Int("spec", "replicas") >= minimum);
        var ingress = production.Single("Ingress", "samspill-silo");
        Assert.NotEmpty(ingress.Items("spec", "tls"));
        Assert.Equal("true", ingress.Str("metadata", "annotations", "nginx.ingress.kubernetes.io/session-cookie-secure"));
    }
}
