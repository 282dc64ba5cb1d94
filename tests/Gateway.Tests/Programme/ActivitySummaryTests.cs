using Samspill.Gateway.GraphQL.Types;
using Samspill.Gateway.GraphQL.Views;
using Samspill.Grains.Live;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Tests.Programme;

/// <summary>The activity feed speaks in sentences with municipality names, and still says something of unknown types.</summary>
public sealed class ActivitySummaryTests
{
    private static readonly ReferenceCatalog Catalog = new(new ReferenceDataOptions());

    private static string Summary(string type, string json) =>
        ActivitySummary.Of(ActivityItemView.From(new LiveEvent("e1", LiveTopics.Programme, 1, type, DateTimeOffset.UnixEpoch, json)), Catalog);

    [Theory]
    [InlineData("NeedPublished", """{"needId":"1804-a","municipality":"1804","title":"Trygghetsteknologi"}""", "Bodø published a need: Trygghetsteknologi")]
    [InlineData("ConsortiumCreated", """{"consortiumId":"c1","title":"Trygghet i nord","lead":"1806"}""", "Narvik formed the consortium Trygghet i nord")]
    [InlineData("MemberLeft", """{"consortiumId":"c1","municipality":"1806"}""", "Narvik left a consortium")]
    [InlineData("PhaseChanged", """{"consortiumId":"c1","from":"MARKET_DIALOGUE","to":"COMPETITION"}""", "A consortium moved from MARKET_DIALOGUE to COMPETITION")]
    [InlineData("ProcurementStatisticsReported", """{"municipality":"1804","year":2025,"total":120,"innovative":3}""", "Bodø reported 3 innovative of 120 procurements in 2025")]
    [InlineData("SomethingNew", """{"consortiumId":"c1","count":2}""", "SomethingNew: consortiumId=c1, count=2")]
    public void Summarises(string type, string json, string expected) => Assert.Equal(expected, Summary(type, json));
}
