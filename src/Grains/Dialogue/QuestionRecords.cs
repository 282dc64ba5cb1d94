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

/// <summary>An answer the lead gave that its question's page has not yet confirmed storing.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PendingAnswer")]
public sealed record PendingAnswer(
    [property: Id(0)] string Text,
    [property: Id(1)] DateTimeOffset At);

/// <summary>A question asked with an Idempotency-Key; <see cref="Key"/> is the key's hash (<see cref="QuestionRules.KeyHash"/>), shorter than a key may be.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.KeyedQuestion")]
public sealed record KeyedQuestion(
    [property: Id(0)] string Key,
    [property: Id(1)] string QuestionId);
