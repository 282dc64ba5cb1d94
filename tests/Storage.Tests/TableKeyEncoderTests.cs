using Orleans.Runtime;

namespace Samspill.Storage.Tests;

/// <summary>The key escaping: accepted by Azure, reversible, collision-free, and stable (changing it orphans stored rows).</summary>
public sealed class TableKeyEncoderTests
{
    private static readonly char[] Forbidden = [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i), '/', '\\', '#', '?'];

    [Fact]
    public void The_stored_key_format_stays_as_it_is()
    {
        Assert.Equal("svc|player|a!2Fb!23c!3F!5C!25!27!21!7C!00", TableKeyEncoder.PartitionKey("svc", GrainId.Create("player", "a/b#c?\\%'!|\0")));
        Assert.Equal("svc|player|plain-Key_1.æ🦊", TableKeyEncoder.PartitionKey("svc", GrainId.Create("player", "plain-Key_1.æ🦊")));
        Assert.Equal("state!2Fname", TableKeyEncoder.RowKey("state/name"));
    }

    [Fact]
    public void Every_character_survives_the_round_trip_and_no_forbidden_one_remains()
    {
        var everyBmpChar = new string([.. Enumerable.Range(0, 0xD800).Select(i => (char)i)]);

        var escaped = TableKeyEncoder.Escape(everyBmpChar);

        Assert.Equal(-1, escaped.IndexOfAny(Forbidden));
        Assert.Equal(everyBmpChar, TableKeyEncoder.Unescape(escaped));
    }

    [Fact]
    public void Inputs_that_look_like_escapes_stay_distinct()
    {
        string[] inputs = ["a/b", "a!2Fb", "a%2Fb", "a!212Fb", "a|b", "a!7Cb", "!", "!!", "%", "", "a'b", "a''b"];

        var escaped = inputs.Select(TableKeyEncoder.Escape).ToArray();

        Assert.Equal(inputs.Length, escaped.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Long_keys_are_shortened_with_a_hash_and_stay_distinct()
    {
        var longKey = new string('k', 3000);
        var a = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", longKey + "a"));
        var b = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", longKey + "b"));
        var slashes = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", new string('/', 300)));

        Assert.All(new[] { a, b, slashes }, key => Assert.InRange(key.Length, 1, TableKeyEncoder.MaxKeyLength));
        Assert.NotEqual(a, b);
        Assert.StartsWith("svc|t|kkkk", a);
        Assert.Contains("!~", a);
        Assert.Equal(-1, slashes.IndexOfAny(Forbidden));
    }

    [Fact]
    public void A_key_at_the_length_limit_is_kept_whole_and_one_past_it_is_shortened()
    {
        var prefix = "svc|t|";
        var atLimit = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", new string('x', TableKeyEncoder.MaxKeyLength - prefix.Length)));
        var pastLimit = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", new string('x', TableKeyEncoder.MaxKeyLength - prefix.Length + 1)));

        Assert.Equal(TableKeyEncoder.MaxKeyLength, atLimit.Length);
        Assert.DoesNotContain("!~", atLimit);
        Assert.Contains("!~", pastLimit);
    }

    [Fact]
    public void Shortening_never_cuts_a_surrogate_pair_in_half()
    {
        for (var shift = 0; shift < 2; shift++)
        {
            var key = new string('x', shift) + string.Concat(Enumerable.Repeat("🦊", 600));

            var shortened = TableKeyEncoder.PartitionKey("svc", GrainId.Create("t", key));

            var hashAt = shortened.IndexOf("!~", StringComparison.Ordinal);
            Assert.False(char.IsHighSurrogate(shortened[hashAt - 1]), $"shift {shift}: a lone high surrogate before the hash");
        }
    }
}
