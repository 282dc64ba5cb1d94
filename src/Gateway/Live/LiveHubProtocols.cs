using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Samspill.Gateway.Live;

/// <summary>
/// The hub protocols clients may ask for (JSON, MessagePack), each with code-first hub errors. A resolver rather than
/// replacing the registered protocols, because every later <c>AddSignalR()</c> (the Redis backplane's) registers the
/// plain JSON protocol again; the resolver wraps whatever is registered, one protocol per name.
/// </summary>
public sealed class LiveHubProtocols : IHubProtocolResolver
{
    private readonly Dictionary<string, IHubProtocol> _byName = new(StringComparer.OrdinalIgnoreCase);

    public LiveHubProtocols(IEnumerable<IHubProtocol> registered)
    {
        foreach (var protocol in registered)
            _byName[protocol.Name] = protocol as CodeFirstHubProtocol ?? new CodeFirstHubProtocol(protocol);
        AllProtocols = _byName.Values.ToList();
    }

    public IReadOnlyList<IHubProtocol> AllProtocols { get; }

    public IHubProtocol? GetProtocol(string protocolName, IReadOnlyList<string>? supportedProtocols) =>
        _byName.TryGetValue(protocolName, out var protocol) &&
        (supportedProtocols is null || supportedProtocols.Contains(protocolName, StringComparer.OrdinalIgnoreCase))
            ? protocol
            : null;
}
