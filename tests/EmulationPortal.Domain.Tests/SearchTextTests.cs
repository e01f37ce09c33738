using System.Text;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Tests;

public class SearchTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn Đức", "nguyen van duc")]
    [InlineData("ĐẶNG THỊ HƯƠNG", "dang thi huong")]
    [InlineData("  Phân xưởng 1 ", "phan xuong 1")]
    public void Folding_removes_diacritics_case_and_d_stroke(string input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));

    [Fact]
    public void Decomposed_and_composed_Vietnamese_fold_to_the_same_text() =>
        Assert.Equal(SearchText.Fold("Nguyễn".Normalize(NormalizationForm.FormC)), SearchText.Fold("Nguyễn".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Stored_text_is_normalised_to_composed_form() =>
        Assert.Equal("Nguyễn".Normalize(NormalizationForm.FormC), UserText.Normalize("Nguyễn".Normalize(NormalizationForm.FormD)));
}
