namespace Samspill.TestSupport;

/// <summary>Polls a condition that becomes true on its own (a delivery, a retry, a restart), bounded in time.</summary>
public static class Wait
{
    public static Task Until(Func<bool> condition, TimeSpan timeout, string failure, TimeSpan? poll = null) =>
        Until(() => Task.FromResult(condition()), timeout, () => failure, poll);

    public static Task Until(Func<bool> condition, TimeSpan timeout, Func<string> failure, TimeSpan? poll = null) =>
        Until(() => Task.FromResult(condition()), timeout, failure, poll);

    public static Task Until(Func<Task<bool>> condition, TimeSpan timeout, string failure, TimeSpan? poll = null) =>
        Until(condition, timeout, () => failure, poll);

    /// <summary>Fails with <see cref="TimeoutException"/> and <paramref name="failure"/>'s text (read only then, e.g. a process's output).</summary>
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure, TimeSpan? poll = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure());
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(200));
        }
    }
}
