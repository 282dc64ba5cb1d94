namespace Samspill.Deploy.Tests;

/// <summary>The validator must be able to say no, or the overlay checks prove nothing.</summary>
public sealed class ValidatorTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: broken-silo
        spec:
          replicas: REPLICAS
          selector:
            matchLabels: {app: broken-silo}
          template:
            metadata:
              labels: {app: broken-silo}
            spec:
              containers:
                - name: silo
                  image: samspill-silo
        """;

    [Fact]
    public void Accepts_the_control_manifest()
    {
        var result = RenderAndValidate(Deployment.Replace("REPLICAS", "3", StringComparison.Ordinal));

        Assert.True(result.ExitCode == 0, $"The well-formed control manifest was rejected: {result}");
    }

    [Fact]
    public void Rejects_a_deployment_whose_replicas_is_not_an_integer()
    {
        var result = RenderAndValidate(Deployment.Replace("REPLICAS", "\"three\"", StringComparison.Ordinal));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Deployment broken-silo: /spec/replicas must be integer", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_kind_it_has_no_schema_for()
    {
        var result = RenderAndValidate(Deployment.Replace("kind: Deployment", "kind: Deploymnet", StringComparison.Ordinal).Replace("REPLICAS", "3", StringComparison.Ordinal));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Deploymnet broken-silo: unknown apiVersion/kind", result.Stderr, StringComparison.Ordinal);
    }

    // Through kubectl kustomize like the real overlays, from a throwaway kustomization.
    private static ProcessResult RenderAndValidate(string manifest)
    {
        var folder = Directory.CreateTempSubdirectory("samspill-deploy-tests-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "kustomization.yaml"), "resources:\n  - deployment.yaml\n");
            File.WriteAllText(Path.Combine(folder.FullName, "deployment.yaml"), manifest);
            return ManifestValidator.Validate(ManifestValidator.Render(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
