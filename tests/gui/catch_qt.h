// Catch prints QStrings and QStringLists in failed checks as text, not as "{?}".
#pragma once

#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list)
    {
        std::string out = "{ ";
        for (const QString& text : list)
            out += StringMaker<QString>::convert(text) + ", ";
        return out + "}";
    }
};

} // namespace Catch
