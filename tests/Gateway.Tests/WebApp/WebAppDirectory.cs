namespace Samspill.Gateway.Tests.WebApp;

/// <summary>src/Web of this checkout, found from the test's binaries.</summary>
public static class WebAppDirectory
{
    public static string Path { get; } = Repository.Path("src", "Web");
}
