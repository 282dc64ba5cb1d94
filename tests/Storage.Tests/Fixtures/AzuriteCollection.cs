namespace Samspill.Storage.Tests.Fixtures;

/// <summary>Tests that share one Azurite and one silo using it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzureStorageFixture>
{
    public const string Name = "Azurite";
}
