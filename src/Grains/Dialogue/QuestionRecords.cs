namespace Samspill.Grains.Dialogue;

/// <summary>A supplier's question to a consortium, and the lead's published answer.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.QuestionRecord")]
public sealed record QuestionRecord
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public DateTimeOffset AskedAt { get; init; }
    /// <summary>The asker: stored, shown only to itself, the consortium's members and programme staff (ASKER_ANONYMOUS).</summary>
    [Id(3)] public required string AskedBy { get; init; }
    [Id(4)] public string? Answer { get; init; }
    [Id(5)] public DateTimeOffset? AnsweredAt { get; init; }

    public bool IsAnswered => Answer is not null;
}

/// <summary>A question as one caller may see it; <see cref="AskedBy"/> is null unless the caller may know the asker.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.QuestionView")]
public sealed record QuestionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ConsortiumId,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset AskedAt,
    [property: Id(4)] string? AskedBy,
    [property: Id(5)] string? Answer,
    [property: Id(6)] DateTimeOffset? AnsweredAt);

/// <summary>The levelling log: which suppliers an answer was published to, and when (EQUAL_TREATMENT).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.AnswerDistribution")]
public sealed record AnswerDistribution(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] IReadOnlyList<string> Suppliers);
