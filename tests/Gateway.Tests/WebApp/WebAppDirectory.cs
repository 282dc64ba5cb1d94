namespace Samspill.Gateway.Tests.WebApp;

/// <summary>src/Web of this checkout, found from the test's binaries.</summary>
public static class WebAppDirectory
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Collaboration.sln")))
                return System.IO.Path.Combine(dir.FullName, "src", "Web");
        throw new InvalidOperationException("No Collaboration.sln above " + AppContext.BaseDirectory);
    }
}
