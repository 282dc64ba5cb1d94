using Samspill.Grains.Cases;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>Reading cases in cases.csv's format: the shipped seed validates; a bad cell refuses the whole file, by line and column.</summary>
public sealed class CaseCsvTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private const string Header = "id,title_no,buyers,kommunenummer,lead,year_started,year_contract,procedure,cpv,domain,summary_no,outcome_no,source_url,source_title";
    private const string Good = "bodo-broyting,Smart brøyting i Bodø,Bodø kommune,1804,Bodø kommune,2022,2023,dialogbasert,90620000-9,transport,\"Bodø ville brøyte smartere.\",,https://bodo.kommune.no/,Bodø kommune";

    private static CaseImportResult Read(string text, params string[] existing) =>
        CaseCsv.Read(text, CaseOrigin.Import, TestCatalog.Instance, existing.ToHashSet(), Now);

    [Fact]
    public void The_shipped_cases_all_validate()
    {
        var cases = CaseSeed.Load(TestCatalog.Instance, Now);
        Assert.Equal(32, cases.Count);
        Assert.Contains(cases, c => c.Id == "agder-trygghets-og-varslingsteknologi" && c.Cpv.Contains("79711000-1") && c.Municipalities.SequenceEqual(["4204"]));
    }

    [Fact]
    public void A_good_file_is_read_whole()
    {
        var result = Read($"{Header}\n{Good}\n");
        Assert.Empty(result.Errors);
        var c = Assert.Single(result.Imported);
        Assert.Equal(("bodo-broyting", 2022, "transport", CaseOrigin.Import), (c.Id, c.YearStarted!.Value, c.Domain, c.Origin));
    }

    [Fact]
    public void Bad_cells_are_reported_by_line_and_column_and_nothing_is_read()
    {
        var bad = "fjell-sensor,Sensorer i fjellet,Fjell kommune,9999,,2020,2019,magisk,12345678-9,velferd,\"Noe.\",,ftp://x,";
        var result = Read($"{Header}\n{Good.Replace("bodo-broyting", "a-good-one")}\n{bad}\n");
        Assert.Empty(result.Imported);
        Assert.All(result.Errors, e => Assert.Equal(3, e.Line));
        var fields = result.Errors.Select(e => e.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "kommunenummer", "year_contract", "procedure", "cpv", "domain", "source_url" }, fields);
    }

    [Fact]
    public void Ids_must_be_new_and_unique()
    {
        var twice = Read($"{Header}\n{Good}\n{Good}\n");
        Assert.Empty(twice.Imported);
        Assert.Equal((3, "id"), (Assert.Single(twice.Errors).Line, twice.Errors[0].Field));

        var known = Read($"{Header}\n{Good}\n", "bodo-broyting");
        Assert.Equal((2, "id"), (Assert.Single(known.Errors).Line, known.Errors[0].Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,title_no\nx,y\n")]
    [InlineData(Header + "\n")]
    public void Empty_files_and_missing_columns_are_refused(string text)
    {
        var result = Read(text);
        Assert.Empty(result.Imported);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void The_lead_must_be_a_buyer()
    {
        var result = Read($"{Header}\n{Good.Replace(",Bodø kommune,2022", ",Narvik kommune,2022")}\n");
        Assert.Equal("lead", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Lessons_learned_may_come_in_an_extra_column()
    {
        var result = Read($"{Header},lessons_no\n{Good},\"Start dialogen tidlig.\"\n");
        Assert.Equal("Start dialogen tidlig.", Assert.Single(result.Imported).Lessons);
    }
}
