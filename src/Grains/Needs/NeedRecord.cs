namespace Samspill.Grains.Needs;

/// <summary>How a need's stage moves: identified, clarified, pooled into a consortium, or withdrawn.</summary>
public enum NeedStage { Identified, Clarified, InConsortium, Withdrawn }

/// <summary>Who may see a need: its own municipality, every municipality user, or everyone.</summary>
public enum NeedVisibility { Private, Municipalities, Public }

/// <summary>The procurement category of a need; decides the EEA threshold.</summary>
public enum ProcurementCategory { Goods, Services, Works }

/// <summary>A municipality's need as stored in its grain and copied to the search index.</summary>
// Immutable: records are replaced with `with`, never changed in place, so Orleans may share one
// between grains on the same silo instead of deep-copying it on every call (publish and search paths).
[GenerateSerializer, Immutable, Alias("Samspill.NeedRecord")]
public sealed record NeedRecord
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Municipality { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Description { get; init; }
    [Id(4)] public required IReadOnlyList<string> Cpv { get; init; }
    [Id(5)] public ProcurementCategory Category { get; init; }
    [Id(6)] public long? EstimatedValueNok { get; init; }
    [Id(7)] public DateOnly? NeededFrom { get; init; }
    [Id(8)] public DateOnly? NeededTo { get; init; }
    [Id(9)] public NeedStage Stage { get; init; }
    [Id(10)] public NeedVisibility Visibility { get; init; }
    [Id(11)] public bool OpenToCollaboration { get; init; }
    [Id(12)] public string? ConsortiumId { get; init; }
    [Id(13)] public DateTimeOffset CreatedAt { get; init; }
    [Id(14)] public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The stage to return to when a consortium releases the need.</summary>
    [Id(15)] public NeedStage StageBeforePooling { get; init; }
    /// <summary>The case in the library the need was started from, if any.</summary>
    [Id(16)] public string? FromCaseId { get; init; }
    /// <summary>
    /// How many entries about the need went to the programme topic: while staff cannot read the need (made PRIVATE
    /// since), the activity feed hides that many entries and its totalCount drops by as many. Kept on the need so it
    /// is stored with it (on its page) instead of growing the municipality's own record by one entry per need.
    /// </summary>
    [Id(17)] public int ProgrammeEntries { get; init; }

    public bool IsWithdrawn => Stage == NeedStage.Withdrawn;
}
