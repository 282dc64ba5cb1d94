namespace Samspill.Deploy.Tests;

/// <summary>The repository checkout the tests run from, found by walking up to Collaboration.sln.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Collaboration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Collaboration.sln above {AppContext.BaseDirectory}.");
    }
}
