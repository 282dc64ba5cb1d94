namespace Samspill.Grains.Cases;

/// <summary>Where a case came from.</summary>
public enum CaseOrigin { Seed, Import, Consortium }

/// <summary>
/// A completed or ongoing innovative procurement to learn from and start from: the columns of cases.csv
/// (see Cases/Data/README.md), plus lessons learned and where it came from.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.CaseRecord")]
public sealed record CaseRecord
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required IReadOnlyList<string> Buyers { get; init; }
    /// <summary>Kommunenummer of the municipal buyers (2024 numbers), in the order of the buyers.</summary>
    [Id(3)] public required IReadOnlyList<string> Municipalities { get; init; }
    [Id(4)] public string? Lead { get; init; }
    [Id(5)] public int? YearStarted { get; init; }
    [Id(6)] public int? YearContract { get; init; }
    [Id(7)] public required string Procedure { get; init; }
    [Id(8)] public required IReadOnlyList<string> Cpv { get; init; }
    [Id(9)] public required string Domain { get; init; }
    [Id(10)] public required string Summary { get; init; }
    [Id(11)] public string? Outcome { get; init; }
    [Id(12)] public string? Lessons { get; init; }
    [Id(13)] public string? SourceUrl { get; init; }
    [Id(14)] public string? SourceTitle { get; init; }
    [Id(15)] public CaseOrigin Origin { get; init; }
    /// <summary>The consortium a case was published from.</summary>
    [Id(16)] public string? ConsortiumId { get; init; }
    [Id(17)] public DateTimeOffset CreatedAt { get; init; }
    [Id(18)] public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One refused cell of an imported file: the line (the header is line 1), the column and why.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CaseImportError")]
public sealed record CaseImportError(
    [property: Id(0)] int Line,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);

/// <summary>The outcome of an import: every case imported, or none and the errors.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CaseImportResult")]
public sealed record CaseImportResult(
    [property: Id(0)] IReadOnlyList<CaseRecord> Imported,
    [property: Id(1)] IReadOnlyList<CaseImportError> Errors);

/// <summary>What the lead writes when publishing a consortium as a case; empty fields keep the pre-filled draft.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PublishCaseCommand")]
public sealed record PublishCaseCommand
{
    [Id(0)] public string? Title { get; init; }
    [Id(1)] public string? Summary { get; init; }
    [Id(2)] public string? Outcome { get; init; }
    [Id(3)] public string? Lessons { get; init; }
    [Id(4)] public string? Procedure { get; init; }
    [Id(5)] public string? Domain { get; init; }
    [Id(6)] public string? SourceUrl { get; init; }
}

/// <summary>Filters of the case library.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CaseFilter")]
public sealed record CaseFilter
{
    [Id(0)] public string? Domain { get; init; }
    [Id(1)] public string? Procedure { get; init; }
    [Id(2)] public string? County { get; init; }
    [Id(3)] public string? Municipality { get; init; }
    [Id(4)] public string? Text { get; init; }
}
