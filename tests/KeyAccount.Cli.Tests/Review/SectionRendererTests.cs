using System.Linq;
using KeyAccount.Cli.Html;
using KeyAccount.Cli.Review;
using KeyAccount.Core.Review;

namespace KeyAccount.Cli.Tests.Review;

/// <summary>
/// The table and the page each keep their own map from a review section's key to its renderer;
/// every section the library gives (the review lists all of its sections, present or not) must be
/// in both, so the two cannot drift from the library or from each other.
/// </summary>
public sealed class SectionRendererTests
{
    private static readonly string[] Keys = PortfolioReview.Run(SamplePortfolios.PublisherAndBookshops()).Result!.Sections.Select(s => s.Key).ToArray();

    [Fact]
    public void The_table_has_a_renderer_for_every_section_of_the_library()
    {
        Assert.Empty(Keys.Except(ReviewTable.SectionKeys));
    }

    [Fact]
    public void The_page_has_a_renderer_for_every_section_of_the_library()
    {
        Assert.Empty(Keys.Except(ReviewPage.SectionKeys));
    }

    [Fact]
    public void The_table_and_the_page_draw_the_same_sections()
    {
        Assert.Equal(ReviewTable.SectionKeys.OrderBy(k => k, System.StringComparer.Ordinal), ReviewPage.SectionKeys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Contains("health", Keys);
    }
}
