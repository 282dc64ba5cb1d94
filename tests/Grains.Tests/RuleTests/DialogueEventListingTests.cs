using Samspill.Grains.Dialogue;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The public listing of announced events: filters, the upcoming cut and the two orders.</summary>
public sealed class DialogueEventListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static DialogueEventSummary Event(string id, int startsInDays, int announcedDaysAgo, string cpv = "33196200-2", string county = "18",
        DialogueEventKind kind = DialogueEventKind.Conference, bool cancelled = false) =>
        new(id, "c-" + id, Now.AddDays(startsInDays), Now.AddDays(startsInDays).AddHours(4), [cpv], cancelled, 1, Counties: [county],
            Kind: kind, AnnouncedAt: Now.AddDays(-announcedDaysAgo));

    private static readonly DialogueEventSummary[] Events =
    [
        Event("soon", 3, 10),
        Event("later", 30, 1, cpv: "30200000-1", county: "56", kind: DialogueEventKind.Webinar),
        Event("ended", -2, 40),
        Event("cancelled", 10, 5, cancelled: true),
    ];

    private static List<string> Ids(DialogueEventCriteria criteria) => DialogueEventListing.Select(Events, criteria, Now).Select(e => e.Id).ToList();

    [Fact]
    public void Without_criteria_everything_is_listed_soonest_first() =>
        Assert.Equal(["ended", "soon", "cancelled", "later"], Ids(new DialogueEventCriteria()));

    [Fact]
    public void Newest_announcement_first_when_asked() =>
        Assert.Equal(["later", "cancelled", "soon", "ended"], Ids(new DialogueEventCriteria { Order = DialogueEventOrder.AnnouncedNewest }));

    [Fact]
    public void Upcoming_leaves_out_the_ended_and_the_cancelled() =>
        Assert.Equal(["soon", "later"], Ids(new DialogueEventCriteria { UpcomingOnly = true }));

    [Fact]
    public void An_event_running_now_is_still_upcoming()
    {
        var running = new DialogueEventSummary("now", "c", Now.AddHours(-1), Now.AddHours(1), ["33196200-2"], false, 1);
        Assert.Single(DialogueEventListing.Select([running], new DialogueEventCriteria { UpcomingOnly = true }, Now));
    }

    [Fact]
    public void County_kind_and_cpv_each_narrow_the_list()
    {
        Assert.Equal(["later"], Ids(new DialogueEventCriteria { County = "56" }));
        Assert.Equal(["later"], Ids(new DialogueEventCriteria { Kind = DialogueEventKind.Webinar }));
        Assert.Equal(["later"], Ids(new DialogueEventCriteria { CpvPrefixes = [CpvTree.FilterPrefix("30")!] }));
        Assert.Equal(["ended", "soon", "cancelled", "later"], Ids(new DialogueEventCriteria { CpvPrefixes = ["30", "33"] }));
        Assert.Empty(Ids(new DialogueEventCriteria { County = "56", Kind = DialogueEventKind.Conference }));
    }

    [Theory]
    [InlineData("30", "30")]
    [InlineData("30000000-9", "30")]
    [InlineData("48100000-9", "481")]
    [InlineData(" 33 ", "33")]
    [InlineData("3", "3")]
    [InlineData("", null)]
    [InlineData("3x", null)]
    [InlineData("123456789", null)]
    [InlineData(null, null)]
    public void A_filter_prefix_keeps_the_division_and_refuses_what_is_not_digits(string? asked, string? prefix) =>
        Assert.Equal(prefix, CpvTree.FilterPrefix(asked));
}
