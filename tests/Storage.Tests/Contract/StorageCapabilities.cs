namespace Samspill.Storage.Tests.Contract;

/// <summary>Where a provider legitimately differs from another, stated up front so every test asserts the provider's own behaviour.</summary>
/// <param name="MaxPayloadBytes">Largest stored form accepted; null when the provider has no limit.</param>
/// <param name="ReadsAcrossTypeRenames">Stored form carries no CLR type names, so a renamed class with the same shape reads it.</param>
/// <param name="SeparatesGrainTypeFromKey">
/// Grain ids whose type and key join to the same text ("a/b" + "c" and "a" + "b/c") get separate records.
/// </param>
/// <param name="AcceptsAnyETagForUnseenRecord">
/// A write with an ETag to a record the store has never seen succeeds (Orleans' memory storage does this
/// on purpose, to survive losing its storage grain).
/// </param>
/// <param name="StoresAnyKey">
/// Any grain key and state name is stored apart from every other. Orleans' Azure Table provider instead turns
/// / \ # ? into _ (so "a/b" and "a_b" share a row), and Azure refuses control characters and keys over 1 KiB;
/// the domain's keys (at most 64 printable characters, see the Gateway's id checks) stay clear of both.
/// </param>
public sealed record StorageCapabilities(
    int? MaxPayloadBytes,
    bool ReadsAcrossTypeRenames,
    bool SeparatesGrainTypeFromKey,
    bool AcceptsAnyETagForUnseenRecord,
    bool StoresAnyKey);

/// <summary>What clear does to the stored record.</summary>
public enum ClearMode
{
    DeletesRecord,
    KeepsEmptyRecord,
}

/// <summary>One provider instance configured for one clear mode.</summary>
public sealed record ClearModeStorage(ClearMode Mode, Orleans.Storage.IGrainStorage Storage);
