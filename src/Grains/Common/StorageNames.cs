namespace Samspill.Grains;

/// <summary>Names of the grain storage providers the grains ask for.</summary>
public static class StorageNames
{
    public const string Default = "Default";
}
