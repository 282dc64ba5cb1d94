using Samspill.Silo.Hosting.Development;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>The repository these tests were built from.</summary>
public static class Repository
{
    public static string Root { get; } =
        RepoRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Repository root not found.");
}
