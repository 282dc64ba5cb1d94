namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>The one xunit type the linked cluster fixtures name, so the bench needs no test framework.</summary>
public interface IAsyncLifetime
{
    Task InitializeAsync();
    Task DisposeAsync();
}
