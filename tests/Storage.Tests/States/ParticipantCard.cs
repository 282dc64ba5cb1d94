namespace Samspill.Storage.Tests.States.Renamed;

/// <summary>The same shape as <c>Original.PlayerProfile</c> after a rename and a namespace move.</summary>
public sealed class ParticipantCard
{
    public string Name { get; set; } = "";

    public int Score { get; set; }

    // Members reordered on purpose: stored enums must travel by name, not number.
    public Proficiency Level { get; set; }

    public List<string> Tags { get; set; } = [];

    public string Filler { get; set; } = "";
}

/// <summary>The renamed enum, with its members in another order.</summary>
public enum Proficiency
{
    Expert,
    Beginner,
    Intermediate,
}
