using System.Xml.Linq;

namespace Samspill.Deploy.Tests;

/// <summary>There is no Docker engine here: check the Dockerfile's promises that can be read.</summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Repository.Path("Dockerfile"));

    [Fact]
    public void Copies_every_project_the_silo_builds_from_before_restoring()
    {
        var restore = Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        Assert.True(restore > 0, "The Dockerfile has no restore step.");

        foreach (var project in ProjectsOf("src/Silo/Silo.csproj"))
        {
            var copy = Dockerfile.IndexOf($"COPY {project} ", StringComparison.Ordinal);
            Assert.True(copy >= 0 && copy < restore, $"{project} is not copied before `dotnet restore`: the restore would miss it.");
        }
    }

    [Fact]
    public void Runs_as_the_non_root_app_user_on_the_contract_ports()
    {
        var runtime = Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", runtime, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", runtime, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080 11111 30000", runtime, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS=http://+:8080", runtime, StringComparison.Ordinal);
        Assert.Contains("\"Samspill.Silo.dll\"", runtime, StringComparison.Ordinal);
    }

    // The project and everything it references, as repository-relative paths.
    private static IEnumerable<string> ProjectsOf(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Repository.Path(current))!;
            foreach (var reference in XDocument.Load(Repository.Path(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, (string)reference.Attribute("Include")!));
                pending.Push(Path.GetRelativePath(Repository.Root, full).Replace('\\', '/'));
            }
        }

        return seen;
    }
}
