using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// The words a unit writes in its files for ratings, titles and yes/no, folded (no diacritics, no spaces, lower case):
/// the official names, their usual abbreviations, the army names, and the English names of the portal.
/// </summary>
internal static class RecordVocabulary
{
    private static readonly Dictionary<string, DutyRating> Ratings = new(StringComparer.Ordinal)
    {
        ["htxsnv"] = DutyRating.Excellent, ["hoanthanhxuatsacnhiemvu"] = DutyRating.Excellent, ["excellent"] = DutyRating.Excellent,
        ["httnv"] = DutyRating.Good, ["hoanthanhtotnhiemvu"] = DutyRating.Good, ["good"] = DutyRating.Good,
        ["htnv"] = DutyRating.Completed, ["hoanthanhnhiemvu"] = DutyRating.Completed, ["completed"] = DutyRating.Completed,
        ["khtnv"] = DutyRating.NotCompleted, ["khonghoanthanhnhiemvu"] = DutyRating.NotCompleted, ["notcompleted"] = DutyRating.NotCompleted,
    };

    private static readonly Dictionary<string, AwardTitle> Titles = new(StringComparer.Ordinal)
    {
        ["ldtt"] = AwardTitle.AdvancedWorker, ["laodongtientien"] = AwardTitle.AdvancedWorker, ["cstt"] = AwardTitle.AdvancedWorker,
        ["chiensitientien"] = AwardTitle.AdvancedWorker, ["advancedworker"] = AwardTitle.AdvancedWorker,
        ["cstdcs"] = AwardTitle.GrassrootsFighter, ["chiensithiduacoso"] = AwardTitle.GrassrootsFighter, ["grassrootsfighter"] = AwardTitle.GrassrootsFighter,
        ["cstdcapbo"] = AwardTitle.MinistryFighter, ["chiensithiduacapbo"] = AwardTitle.MinistryFighter, ["cstdtoanquan"] = AwardTitle.MinistryFighter,
        ["chiensithiduatoanquan"] = AwardTitle.MinistryFighter, ["ministryfighter"] = AwardTitle.MinistryFighter,
        ["ttldtt"] = AwardTitle.AdvancedCollective, ["tapthelaodongtientien"] = AwardTitle.AdvancedCollective, ["donvitientien"] = AwardTitle.AdvancedCollective,
        ["advancedcollective"] = AwardTitle.AdvancedCollective,
        ["ttldxs"] = AwardTitle.ExcellentCollective, ["tapthelaodongxuatsac"] = AwardTitle.ExcellentCollective, ["donviquyetthang"] = AwardTitle.ExcellentCollective,
        ["excellentcollective"] = AwardTitle.ExcellentCollective,
    };

    private static readonly HashSet<string> Yes = new(["x", "co", "yes", "true", "1"], StringComparer.Ordinal);
    private static readonly HashSet<string> No = new(["", "khong", "no", "false", "0"], StringComparer.Ordinal);

    public static DutyRating? RatingOf(string text) => Ratings.TryGetValue(Key(text), out var rating) ? rating : null;

    public static AwardTitle? TitleOf(string text) => Titles.TryGetValue(Key(text), out var title) ? title : null;

    /// <summary>True or false for a yes/no cell (blank is no), null for anything else.</summary>
    public static bool? YesNoOf(string text)
    {
        var key = Key(text);
        return Yes.Contains(key) ? true : No.Contains(key) ? false : null;
    }

    public static bool IsCollective(AwardTitle title) => title is AwardTitle.AdvancedCollective or AwardTitle.ExcellentCollective;

    private static string Key(string text) => SearchText.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal)
        .Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
