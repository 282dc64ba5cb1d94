namespace Samspill.Silo.Hosting.Development;

/// <summary>Finds the repository root: the nearest folder at or above a start folder holding Collaboration.sln.</summary>
public static class RepoRoot
{
    public const string MarkerFile = "Collaboration.sln";

    /// <summary>The repository root above <paramref name="startDirectory"/>, or null when there is none (e.g. a published app).</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile))) return dir.FullName;
        }
        return null;
    }
}
