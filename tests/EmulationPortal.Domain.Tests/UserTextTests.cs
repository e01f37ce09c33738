using System.Text;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Tests;

public class UserTextTests
{
    [Theory]
    [InlineData("Tổ\u0000 1\u0007\u001B\u007F\u0080\u0085\u009F", "Tổ 1")] // C0, DEL and C1 controls
    [InlineData("\u202Etxt.exe\u202C", "txt.exe")] // right-to-left override spoofing a file name
    [InlineData("a\u202Ab\u202Bc\u202Dd\u2066e\u2067f\u2068g\u2069h", "abcdefgh")] // embeddings, overrides, isolates
    [InlineData("a\u200Bd\u200Cm\u200Di\u200En\u200F\u061C\u2060\uFEFF\u00AD", "admin")] // zero-width, joiners, marks, BOM, soft hyphen
    [InlineData("Dòng 1\r\nDòng 2\rDòng 3\nDòng\t4", "Dòng 1\nDòng 2\nDòng 3\nDòng\t4")] // line feed and tab stay; CR folds
    [InlineData("  \u0000 \t ", "")]
    [InlineData(null, "")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")] // markup is text; the UI encodes it
    public void Typed_text_drops_control_bidi_and_zero_width_characters_then_trims(string? typed, string stored) =>
        Assert.Equal(stored, UserText.Normalize(typed));

    [Fact]
    public void Typed_text_is_stored_composed_and_normalising_twice_changes_nothing()
    {
        var stored = UserText.Normalize("\u202E Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng\u0000 ");

        Assert.Equal("Nguyễn Thị Hương".Normalize(NormalizationForm.FormC), stored);
        Assert.Equal(stored, UserText.Normalize(stored));
    }

    [Fact]
    public void Unpaired_surrogates_go_and_a_pair_stays() => // not inline data: the test runner would replace them itself
        Assert.Equal("ABC 😀", UserText.Normalize("A\uD800B\uDC00C 😀"));

    [Fact]
    public void Blank_optional_text_is_no_text() =>
        Assert.Equal((null, "Ghi chú"), (UserText.NormalizeOptional("\u0000 \u2069"), UserText.NormalizeOptional(" Ghi chú\u0007")));

    [Fact]
    public void A_search_folds_like_the_name_it_should_find_whatever_hides_in_it() =>
        Assert.Equal(SearchText.Fold("Nguyễn"), SearchText.Fold("\u202ENguye\u0302\u0303n\u0000"));
}
