namespace Samspill.Gateway.Live;

/// <summary>
/// One hub connection's subscriptions: requested topic → the stream (group) it was granted. Most connections hold a
/// topic or two for hours, so this is a small array replaced on each change (readers take no lock), not a
/// dictionary with its buckets and locks per connection.
/// </summary>
public sealed class ConnectionTopics
{
    private readonly Lock _writing = new();
    private KeyValuePair<string, string>[] _topics = [];

    public int Count => Volatile.Read(ref _topics).Length;

    /// <summary>The streams granted, at this moment.</summary>
    public IReadOnlyList<string> Streams => Array.ConvertAll(Volatile.Read(ref _topics), t => t.Value);

    public bool TryGetValue(string topic, out string stream)
    {
        foreach (var t in Volatile.Read(ref _topics))
        {
            if (t.Key != topic) continue;
            stream = t.Value;
            return true;
        }
        stream = "";
        return false;
    }

    /// <summary>Sets <paramref name="topic"/>'s stream, adding the topic or replacing what it had.</summary>
    public void Set(string topic, string stream)
    {
        lock (_writing)
        {
            var at = Array.FindIndex(_topics, t => t.Key == topic);
            var next = at >= 0 ? (KeyValuePair<string, string>[])_topics.Clone() : [.. _topics, default];
            next[at >= 0 ? at : next.Length - 1] = new(topic, stream);
            Volatile.Write(ref _topics, next);
        }
    }

    public bool TryRemove(string topic, out string stream)
    {
        lock (_writing)
        {
            var at = Array.FindIndex(_topics, t => t.Key == topic);
            if (at < 0)
            {
                stream = "";
                return false;
            }
            stream = _topics[at].Value;
            Volatile.Write(ref _topics, [.. _topics[..at], .. _topics[(at + 1)..]]);
            return true;
        }
    }
}
