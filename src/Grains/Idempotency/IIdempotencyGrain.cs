namespace Samspill.Grains.Idempotency;

/// <summary>
/// One Idempotency-Key (the grain's key): who used it for which request, and the answer it got, so a retry of the same
/// request by the same caller gets the first answer and changes nothing twice.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for an attempt, or says why not (already answered, another request, in progress).</summary>
    Task<IdempotencyClaim> Begin(string caller, string fingerprint, Guid attempt);

    /// <summary>Stores the answer of the attempt that holds the key; later attempts get this answer.</summary>
    Task Complete(string caller, string fingerprint, Guid attempt, string response);

    /// <summary>Releases the key without an answer (the attempt could not run), so a retry runs it.</summary>
    Task Abandon(Guid attempt);
}

/// <summary>What <see cref="IIdempotencyGrain.Begin"/> decided.</summary>
[GenerateSerializer, Alias("Samspill.IdempotencyOutcome")]
public enum IdempotencyOutcome { Run, Replay, Conflict, InProgress }

/// <summary>The decision and, for <see cref="IdempotencyOutcome.Replay"/>, the stored answer.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.IdempotencyClaim")]
public sealed record IdempotencyClaim([property: Id(0)] IdempotencyOutcome Outcome, [property: Id(1)] string? Response = null);
