namespace Samspill.Deploy.Tests;

/// <summary>
/// Renders a kustomization with <c>kubectl kustomize</c> and checks it with deploy/validate
/// (the kubernetes-models schema validators), installing that tool's pinned packages on first use.
/// </summary>
internal static class ManifestValidator
{
    private static readonly object InstallLock = new();
    private static bool installed;

    public static string ValidatorDirectory => Repository.Path("deploy", "validate");

    public static string Render(string kustomizationDirectory)
    {
        var kubectl = ProcessRunner.Require("kubectl", "Install kubectl (it includes kustomize).");
        var result = ProcessRunner.Run(kubectl, ["kustomize", kustomizationDirectory], Repository.Root);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize {kustomizationDirectory} failed: {result}");
        return result.Stdout;
    }

    /// <summary>Runs the validator; with <paramref name="json"/> it prints the validated objects on success.</summary>
    public static ProcessResult Validate(string manifests, bool json = false)
    {
        EnsureInstalled();
        var node = ProcessRunner.Require("node", "Install Node.js 20 or later.");
        string[] arguments = json ? ["validate.mjs", "--json"] : ["validate.mjs"];
        return ProcessRunner.Run(node, arguments, ValidatorDirectory, stdin: manifests);
    }

    // `npm ci` when node_modules is missing or older than the lock file. One install per test run;
    // test classes run in parallel and must not race on the same node_modules.
    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (installed)
            {
                return;
            }

            var lockFile = Path.Combine(ValidatorDirectory, "package-lock.json");
            var installedLock = Path.Combine(ValidatorDirectory, "node_modules", ".package-lock.json");
            if (!File.Exists(installedLock) || File.GetLastWriteTimeUtc(installedLock) < File.GetLastWriteTimeUtc(lockFile))
            {
                var npm = ProcessRunner.Require("npm", "Install Node.js with npm, or run `npm ci` in deploy/validate beforehand.");
                var result = ProcessRunner.Run(npm, ["ci", "--no-audit", "--no-fund"], ValidatorDirectory, timeoutSeconds: 300);
                Assert.True(result.ExitCode == 0, $"npm ci in deploy/validate failed: {result}");
            }

            installed = true;
        }
    }
}
