namespace Samspill.Grains.Idempotency;

/// <summary>The stored answer to one Idempotency-Key.</summary>
[GenerateSerializer, Alias("Samspill.IdempotencyState")]
public sealed class IdempotencyState
{
    [Id(0)] public string? Caller { get; set; }
    [Id(1)] public string? Fingerprint { get; set; }
    [Id(2)] public string? Response { get; set; }
    [Id(3)] public DateTimeOffset AnsweredAt { get; set; }
}
