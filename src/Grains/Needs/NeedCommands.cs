namespace Samspill.Grains.Needs;

/// <summary>Input for publishing a need, as given by the caller (validated by <see cref="NeedRules"/>).</summary>
// Immutable: never changed after it is built, so Orleans may pass it between grains without a deep copy.
[GenerateSerializer, Immutable, Alias("Samspill.PublishNeed")]
public sealed record PublishNeedCommand
{
    [Id(0)] public string? Title { get; init; }
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public IReadOnlyList<string>? Cpv { get; init; }
    [Id(3)] public ProcurementCategory Category { get; init; }
    [Id(4)] public long? EstimatedValueNok { get; init; }
    [Id(5)] public DateOnly? NeededFrom { get; init; }
    [Id(6)] public DateOnly? NeededTo { get; init; }
    [Id(7)] public NeedVisibility Visibility { get; init; } = NeedVisibility.Municipalities;
    [Id(8)] public bool OpenToCollaboration { get; init; } = true;
    /// <summary>The case the need was started from ("Start et behov fra denne"); it must be in the library.</summary>
    [Id(9)] public string? FromCaseId { get; init; }
}

/// <summary>A partial update of a need: null fields stay as they are.</summary>
// Immutable: never changed after it is built, so Orleans may pass it between grains without a deep copy.
[GenerateSerializer, Immutable, Alias("Samspill.UpdateNeed")]
public sealed record UpdateNeedCommand
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public string? Description { get; init; }
    [Id(3)] public IReadOnlyList<string>? Cpv { get; init; }
    [Id(4)] public long? EstimatedValueNok { get; init; }
    [Id(5)] public DateOnly? NeededFrom { get; init; }
    [Id(6)] public DateOnly? NeededTo { get; init; }
    [Id(7)] public NeedStage? Stage { get; init; }
    [Id(8)] public NeedVisibility? Visibility { get; init; }
    [Id(9)] public bool? OpenToCollaboration { get; init; }
}
