#pragma once
// Vietnamese name parts with rough real-world frequencies (family names after the commonly cited
// national shares: Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 % …) for the synthetic demo commune.

#include <QString>

#include <span>

namespace xaso::domain::demo {

struct WeightedPart
{
    const char16_t* text;
    int weight;
};

std::span<const WeightedPart> familyNames();
std::span<const WeightedPart> middleNames(bool female);
std::span<const WeightedPart> givenNames(bool female);

} // namespace xaso::domain::demo
