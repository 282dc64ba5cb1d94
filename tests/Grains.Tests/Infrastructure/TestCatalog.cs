using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>The shipped reference data with default options, loaded once for all pure tests.</summary>
public static class TestCatalog
{
    public static readonly ReferenceCatalog Instance = new(new ReferenceDataOptions());
}
