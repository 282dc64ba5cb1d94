namespace Samspill.TestSupport;

/// <summary>The repository checkout the tests were built in, found by walking up from the test's binaries to Collaboration.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Root => RootPath.Value;

    /// <summary>A path inside the checkout, e.g. <c>Repository.Path("src", "Web")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Collaboration.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Collaboration.sln above {AppContext.BaseDirectory}.");
    }
}
