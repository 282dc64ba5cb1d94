using Samspill.Gateway.GraphQL;

namespace Samspill.Gateway.Resilience;

/// <summary>
/// Recognises a grain call that failed because a silo is gone (not because the grain refused it) and retries such
/// calls with a short back-off within a bounded budget; what still fails becomes the contract's UNAVAILABLE.
/// </summary>
public static class SiloLoss
{
    /// <summary>
    /// A call rejected for its target silo (OrleansMessageRejectionException, including SiloUnavailableException): until
    /// the cluster declares the silo dead it routes there; afterwards the grain reactivates on a survivor.
    /// </summary>
    public static bool IsSiloLoss(Exception ex) => Unwrap(ex) is OrleansMessageRejectionException;

    /// <summary>A read may also be retried after a timeout: asking again changes nothing.</summary>
    public static bool IsRetryableRead(Exception ex) => Unwrap(ex) is OrleansMessageRejectionException or TimeoutException;

    /// <summary>The back-off before retry number <paramref name="attempt"/> (1-based): 50 ms doubling to at most 1 s.</summary>
    public static TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds(Math.Min(1000, 50 * Math.Pow(2, Math.Min(attempt - 1, 10))));

    public static DomainExecutionError Unavailable(int retryAfterSeconds) =>
        new(ErrorCodes.Unavailable, $"The platform could not answer just now (a server was lost); nothing was changed by this attempt. Retry in {retryAfterSeconds} s.")
        {
            RetryAfterSeconds = retryAfterSeconds,
        };

    /// <summary>Runs <paramref name="call"/>, retrying while <paramref name="retryable"/> says so and the budget lasts.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, Func<Exception, bool> retryable, ResilienceOptions options, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + options.RetryBudget;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (retryable(ex))
            {
                var delay = Delay(attempt);
                if (DateTime.UtcNow + delay > deadline) throw Unavailable(options.RetryAfterSeconds);
                await Task.Delay(delay, cancel);
            }
        }
    }

    private static Exception Unwrap(Exception ex)
    {
        while (ex is AggregateException { InnerException: { } inner }) ex = inner;
        return ex;
    }
}
