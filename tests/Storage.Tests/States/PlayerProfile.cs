namespace Samspill.Storage.Tests.States.Original;

/// <summary>A test grain state as first written.</summary>
public sealed class PlayerProfile
{
    public string Name { get; set; } = "";

    public int Score { get; set; }

    public SkillLevel Level { get; set; }

    public List<string> Tags { get; set; } = [];

    public string Filler { get; set; } = "";
}

/// <summary>An enum stored by name, so its numeric values may change.</summary>
public enum SkillLevel
{
    Beginner,
    Intermediate,
    Expert,
}
