using Microsoft.Extensions.Logging;

namespace Samspill.Grains.Common;

/// <summary>
/// How a grain that owns state commits a change: persist it, then deliver what the change owes others (live events,
/// the copies other grains keep). A failed write drops the activation, so memory never runs ahead of storage. A failed
/// delivery does not fail the call, since the write is acknowledged: it is retried on a grain timer until it succeeds,
/// rather than waiting for the next write or activation.
/// </summary>
public sealed class WriteThenDeliver(IGrainBase grain, ILogger logger, Func<Task> catchUp)
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(3);
    private IGrainTimer? retry;

    /// <summary>Persists with <paramref name="write"/>, then runs <paramref name="deliver"/> (the catch-up when null).</summary>
    public async Task CommitAsync(Func<Task> write, Func<Task>? deliver = null)
    {
        await GrainCommit.WriteAsync(grain, write);
        await TryAsync(deliver ?? catchUp, "after a write");
    }

    /// <summary>Runs the catch-up, as on activation after a crash; a failure schedules retries instead of failing.</summary>
    public Task CatchUpAsync() => TryAsync(catchUp, "on activation");

    private async Task TryAsync(Func<Task> work, string when)
    {
        try
        {
            await work();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Delivery {When} of {Grain} failed; retrying every {Interval}", when, grain.GrainContext.GrainId, RetryInterval);
            // KeepAlive: the activation must not be collected while it still owes other grains an update.
            retry ??= grain.RegisterGrainTimer(RetryAsync, new GrainTimerCreationOptions(RetryInterval, RetryInterval) { KeepAlive = true });
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        await catchUp(); // a failure leaves the timer running
        retry?.Dispose();
        retry = null;
    }
}
