#include "domain/demo/name_parts.h"

namespace xaso::domain::demo {

namespace {

constexpr WeightedPart kFamily[] = {
    {u"Nguyễn", 380}, {u"Trần", 110}, {u"Lê", 95},  {u"Phạm", 70}, {u"Hoàng", 51}, {u"Phan", 45},
    {u"Võ", 39},      {u"Đặng", 21},  {u"Bùi", 20}, {u"Đỗ", 14},   {u"Hồ", 13},    {u"Ngô", 13},
    {u"Dương", 10},   {u"Lý", 5},     {u"Đinh", 8}, {u"Trương", 6}, {u"Cao", 5},   {u"Thái", 4},
    {u"Chu", 3},      {u"Lương", 4},  {u"Tăng", 2}, {u"Hà", 5},    {u"Mai", 3},    {u"Lâm", 2},
};

constexpr WeightedPart kMiddleMale[] = {
    {u"Văn", 300}, {u"Đức", 60}, {u"Hữu", 50}, {u"Minh", 60}, {u"Quang", 40}, {u"Công", 30},
    {u"Đình", 40}, {u"Xuân", 25}, {u"Thanh", 25}, {u"Ngọc", 15}, {u"Tiến", 15}, {u"Anh", 20},
};

constexpr WeightedPart kMiddleFemale[] = {
    {u"Thị", 400}, {u"Ngọc", 40}, {u"Thu", 30}, {u"Thanh", 30}, {u"Hồng", 25}, {u"Kim", 20},
    {u"Phương", 20}, {u"Minh", 20}, {u"Mai", 15}, {u"Khánh", 15}, {u"Bảo", 10}, {u"Hoài", 10},
};

constexpr WeightedPart kGivenMale[] = {
    {u"Anh", 40}, {u"Bình", 25}, {u"Cường", 25}, {u"Dũng", 35}, {u"Dương", 15}, {u"Đạt", 25},
    {u"Đức", 30}, {u"Hải", 30}, {u"Hiếu", 25}, {u"Hoàng", 25}, {u"Hùng", 35}, {u"Huy", 30},
    {u"Khánh", 20}, {u"Long", 25}, {u"Minh", 35}, {u"Nam", 35}, {u"Phong", 20}, {u"Phúc", 20},
    {u"Quân", 25}, {u"Sơn", 25}, {u"Tài", 15}, {u"Thắng", 25}, {u"Thành", 30}, {u"Trung", 25},
    {u"Tuấn", 35}, {u"Việt", 20}, {u"Vinh", 20}, {u"Lộc", 15}, {u"Nghĩa", 15}, {u"Toàn", 15},
};

constexpr WeightedPart kGivenFemale[] = {
    {u"An", 25}, {u"Anh", 40}, {u"Chi", 25}, {u"Dung", 25}, {u"Giang", 25}, {u"Hà", 30},
    {u"Hằng", 25}, {u"Hoa", 35}, {u"Hương", 40}, {u"Huyền", 30}, {u"Lan", 35}, {u"Linh", 40},
    {u"Loan", 20}, {u"Mai", 30}, {u"My", 20}, {u"Nga", 25}, {u"Ngân", 20}, {u"Nhung", 25},
    {u"Oanh", 15}, {u"Phương", 30}, {u"Quỳnh", 25}, {u"Tâm", 20}, {u"Thảo", 35}, {u"Thủy", 30},
    {u"Trang", 40}, {u"Uyên", 15}, {u"Vân", 20}, {u"Yến", 25}, {u"Ánh", 15}, {u"Hạnh", 20},
};

} // namespace

std::span<const WeightedPart> familyNames()
{
    return kFamily;
}

std::span<const WeightedPart> middleNames(bool female)
{
    return female ? std::span<const WeightedPart>(kMiddleFemale) : std::span<const WeightedPart>(kMiddleMale);
}

std::span<const WeightedPart> givenNames(bool female)
{
    return female ? std::span<const WeightedPart>(kGivenFemale) : std::span<const WeightedPart>(kGivenMale);
}

} // namespace xaso::domain::demo
