using Samspill.Grains.Search;

namespace Samspill.Grains.Tests.Search;

/// <summary>The Norwegian analysis on real words: stems, compound parts and synonyms match; unrelated words do not.</summary>
public sealed class NorwegianTextAnalyzerTests
{
    private static bool Meet(string a, string b) => NorwegianTextAnalyzer.Terms(a).Intersect(NorwegianTextAnalyzer.Terms(b)).Any();

    [Theory]
    [InlineData("velferdsteknologi", "trygghetsteknologi")]       // synonyms (issue 14)
    [InlineData("trygghetsalarm", "velferdsteknologi")]           // synonyms
    [InlineData("brøyting", "snørydding")]                        // synonyms
    [InlineData("Brøytingen av kommunale veier", "snørydding")]   // inflected form, then synonym
    [InlineData("sensorer", "sensor")]                            // stemming
    [InlineData("sensorene", "sensor")]
    [InlineData("Responssenter for trygghetsalarmer", "alarm")]   // compound part trygghets|alarm, plural
    [InlineData("hjemmetjenesten", "tjenester i hjemmet")]        // compound hjemme|tjeneste against the words apart
    [InlineData("velferdsteknologi", "teknologi")]                // compound part
    [InlineData("vannledninger", "ledning")]                      // compound part, plural
    [InlineData("pasientjournal", "journalsystem")]               // synonyms
    [InlineData("ferge", "ferjesamband")]                         // spelling variants, compound part
    public void Alike_words_meet(string a, string b) => Assert.True(Meet(a, b), $"'{a}' and '{b}' share no term: [{string.Join(", ", NorwegianTextAnalyzer.Terms(a))}] / [{string.Join(", ", NorwegianTextAnalyzer.Terms(b))}]");

    [Theory]
    [InlineData("brøyting", "velferdsteknologi")]
    [InlineData("pleiesenger", "læremidler")]
    [InlineData("avdelingen", "utstyrsdeling")]                   // "deling" is no part: it would split every "avdeling"
    [InlineData("automatisering", "skolemat")]
    [InlineData("sykehjem", "skole")]
    [InlineData("journalsystem for helse", "læringsplattform for skolen")] // issue 14: scored 0.64 before; only function words shared
    public void Unrelated_words_do_not_meet(string a, string b) => Assert.False(Meet(a, b), $"'{a}' and '{b}' share {string.Join(", ", NorwegianTextAnalyzer.Terms(a).Intersect(NorwegianTextAnalyzer.Terms(b)))}");

    [Fact]
    public void Lower_cases_and_drops_function_words()
    {
        var terms = NorwegianTextAnalyzer.Terms("Velferdsteknologi i hjemmetjenesten og for sykehjem");
        Assert.DoesNotContain("i", terms);
        Assert.DoesNotContain("og", terms);
        Assert.DoesNotContain("for", terms);
        Assert.Contains("velferdsteknologi", terms);
        Assert.All(terms, t => Assert.Equal(t.ToLowerInvariant(), t));
    }

    [Fact]
    public void The_documented_word_lists_are_loaded()
    {
        Assert.Contains("velferd", SearchVocabulary.CompoundParts);
        Assert.Contains("brøyting, snørydding", SearchVocabulary.SynonymRules);
        Assert.DoesNotContain("#", SearchVocabulary.SynonymRules);
    }
}
