using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// A programme event is pushed only once the figures it changes show the change: the dashboard reads them again when
/// the event arrives, once. Each push on the programme topic reads the county reports the overview is computed from.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ProgrammeEventOrderTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_need_published_and_a_member_joining_reach_the_programme_topic_after_their_county_reports()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var seen = new List<(string Type, MunicipalityActivity? Lead, MunicipalityActivity? Member, ConsortiumActivity? Consortium)>();
        fx.Broadcaster.OnSend = async (topic, e) =>
        {
            if (topic != LiveTopics.Programme) return;
            var leadCounty = await Reports(lead);
            var memberCounty = await Reports(member);
            lock (seen)
                seen.Add((e.Type, leadCounty.Municipalities.SingleOrDefault(m => m.Number == lead),
                    memberCounty.Municipalities.SingleOrDefault(m => m.Number == member), leadCounty.Consortia.SingleOrDefault()));
        };
        try
        {
            var need = await fx.PublishNeed(lead);
            var id = await fx.CreateConsortium(lead, need.Id);
            await fx.Join(id, lead, member);
        }
        finally
        {
            fx.Broadcaster.OnSend = null;
        }

        var published = seen.First(s => s.Type == "NeedPublished");
        Assert.Equal(1, published.Lead?.PublishedNeeds);
        var created = seen.First(s => s.Type == "ConsortiumCreated");
        Assert.NotNull(created.Consortium);
        var joined = seen.First(s => s.Type == "MemberJoined");
        Assert.Equal(1, joined.Member?.ActiveMemberships);
        Assert.Contains(member, joined.Consortium!.JoinedMembers);
    }

    private Task<CountyReports> Reports(string municipality) =>
        fx.Client.GetGrain<IProgrammeCountyGrain>(TestCatalog.Instance.Municipality(municipality)!.CountyNumber).Reports();
}
