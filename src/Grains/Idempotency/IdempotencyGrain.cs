using Samspill.Grains.Common;

namespace Samspill.Grains.Idempotency;

/// <summary>
/// Holds one Idempotency-Key. The attempt in progress is kept in memory only (one write per mutation, the answer):
/// if this grain's silo is lost, the attempt is forgotten and a retry runs again, which the grains that create
/// things make harmless by deriving the new id from the key (<see cref="IdempotencyContext"/>).
/// </summary>
public sealed class IdempotencyGrain(
    [PersistentState("idempotency", StorageNames.Default)] IPersistentState<IdempotencyState> state,
    TimeProvider clock) : Grain, IIdempotencyGrain
{
    private (string Caller, string Fingerprint, DateTimeOffset Since)? running;
    private Guid runningAttempt;

    Task<IdempotencyClaim> IIdempotencyGrain.Begin(string caller, string fingerprint, Guid attempt)
    {
        var now = clock.GetUtcNow();
        var outcome = IdempotencyRules.Decide(state.State, running, caller, fingerprint, now);
        if (outcome == IdempotencyOutcome.Run)
        {
            running = (caller, fingerprint, now);
            runningAttempt = attempt;
        }
        return Task.FromResult(new IdempotencyClaim(outcome, outcome == IdempotencyOutcome.Replay ? state.State.Response : null));
    }

    async Task IIdempotencyGrain.Complete(string caller, string fingerprint, Guid attempt, string response)
    {
        // An attempt that lost its claim (lease expired, or this grain was reactivated) still answered: the first
        // answer stored wins, so every retry sees the same one.
        if (state.State.Response is null || clock.GetUtcNow() - state.State.AnsweredAt >= IdempotencyRules.Retention)
        {
            state.State = new IdempotencyState { Caller = caller, Fingerprint = fingerprint, Response = response, AnsweredAt = clock.GetUtcNow() };
            await state.CommitAsync(this);
        }
        running = null;
    }

    Task IIdempotencyGrain.Abandon(Guid attempt)
    {
        if (runningAttempt == attempt) running = null;
        return Task.CompletedTask;
    }
}
