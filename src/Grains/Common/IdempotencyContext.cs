namespace Samspill.Grains.Common;

/// <summary>
/// Carries a mutation's Idempotency-Key with its grain calls (Orleans' RequestContext), so a grain that creates
/// something can derive the new id from the key and a retried attempt lands on the same object instead of a second one.
/// </summary>
public static class IdempotencyContext
{
    private const string Key = "samspill.idempotency-key";

    public static void Set(string? key)
    {
        if (key is null) RequestContext.Remove(Key); else RequestContext.Set(Key, key);
    }

    /// <summary>The key of the current mutation, or null when the caller sent none.</summary>
    public static string? Current => RequestContext.Get(Key) as string;
}
