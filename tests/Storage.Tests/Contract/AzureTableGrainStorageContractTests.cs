using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests.Contract;

/// <summary>The contract against <see cref="AzureTableGrainStorage"/> on a real Azurite, in both clear modes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGrainStorageContractTests(AzureStorageFixture fixture) : GrainStorageContractTests
{
    protected override IReadOnlyList<ClearModeStorage> ClearModes { get; } =
    [
        new(ClearMode.DeletesRecord, fixture.DeletingStorage),
        new(ClearMode.KeepsEmptyRecord, fixture.KeepingStorage),
    ];

    protected override StorageCapabilities Capabilities { get; } = new(
        MaxPayloadBytes: AzureTableGrainStorage.MaxPayloadBytes,
        ReadsAcrossTypeRenames: true,
        SeparatesGrainTypeFromKey: true,
        AcceptsAnyETagForUnseenRecord: false);
}
