namespace Samspill.Grains.Common;

/// <summary>
/// The one way a grain persists its state: a failed write drops the activation, so memory never runs ahead of
/// storage (the next call reads what storage holds). <see cref="WriteThenDeliver"/> commits this way, then delivers.
/// </summary>
public static class GrainCommit
{
    /// <summary>Runs <paramref name="write"/>; when it throws, deactivates <paramref name="grain"/> and rethrows.</summary>
    public static async Task WriteAsync(IGrainBase grain, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Writes <paramref name="state"/>; when the write fails, deactivates <paramref name="grain"/> and rethrows.</summary>
    public static Task CommitAsync<T>(this IPersistentState<T> state, IGrainBase grain) => WriteAsync(grain, state.WriteStateAsync);
}
