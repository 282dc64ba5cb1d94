namespace Samspill.Grains.Common;

/// <summary>
/// Retries a grain's after-write work (live delivery, the copies other grains keep) on a grain timer until it
/// succeeds, so work that failed after an acknowledged write does not wait for the next write or activation.
/// </summary>
public sealed class CatchUpTimer(IGrainBase grain, Func<Task> work)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private IGrainTimer? timer;

    /// <summary>Starts retrying, unless a retry is already pending.</summary>
    public void Schedule() =>
        // KeepAlive: the activation must not be collected while it still owes other grains an update.
        timer ??= grain.RegisterGrainTimer(RunAsync, new GrainTimerCreationOptions(Interval, Interval) { KeepAlive = true });

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await work(); // a failure leaves the timer running: it tries again after the interval
        timer?.Dispose();
        timer = null;
    }
}
