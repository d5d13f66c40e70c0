"""Another party that can see or monitor what the user does: an employer, the user's
organisation or its IT administrator on a managed device or work account. By the guidelines that
party is not the service (a third party), so the line states sharing, even though the words
"administrator" and "monitor" elsewhere name the service's own access control (security) —
which stays so for "our administrators" (checked below).

Found in session 23 from the real set's managed-device notices (measure only); the lines are
written for this test, not taken from the real, dev or corpus texts."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import SE, TP, check_phrasing


@pytest.mark.parametrize(
    "text",
    [
        "If your employer manages the device, your IT administrator can see the apps you install.",
        "Your organization can monitor your network traffic and location on this device.",
        "Activity in a work profile is visible to your employer.",
        "The administrator of your organization can view the files in your work account.",
        "Если устройством управляет ваша организация, администратор может отслеживать приложения.",
        "Ваш работодатель может видеть, какие приложения установлены в рабочем профиле.",
        "Жұмыс берушіңіз жұмыс профиліндегі қолданбаларды көре алады.",
        "Ұйымыңыздың әкімшісі құрылғыдағы желі трафигін бақылай алады.",
        "کارفرمای شما میتواند برنامه های نصب شده در نمایه کاری را ببیند.",
        "كارفرماي شما مي تواند برنامه هاي نصب شده را ببيند.",
        "يمكن لصاحب العمل الاطلاع على التطبيقات المثبتة في الملف الشخصي للعمل.",
        "يمكن لمشرف تكنولوجيا المعلومات في مؤسستك مراقبة حركة الشبكة على الجهاز.",
        "Ihr Arbeitgeber kann sehen, welche Apps im Arbeitsprofil installiert sind.",
        "Der Administrator Ihrer Organisation kann den Netzwerkverkehr des Geräts überwachen.",
        "Votre employeur peut voir les applications installées dans le profil professionnel.",
        "L'administrateur de votre organisation peut surveiller le trafic réseau de cet appareil.",
        "Din arbetsgivare kan se vilka appar som är installerade i jobbprofilen.",
        "Din organisations administratör kan övervaka nätverkstrafiken på enheten.",
    ],
)
def test_an_employer_or_organisation_seeing_the_user_is_sharing(text: str) -> None:
    check_phrasing(text, TP, SE)


@pytest.mark.parametrize(
    "text",
    [
        "Only our support staff can see your e-mail address.",
        "Forum administrators can see the IP address you posted from.",
    ],
)
def test_the_services_own_people_seeing_the_data_stay_security(text: str) -> None:
    check_phrasing(text, SE, TP)


def test_asking_your_it_admin_for_more_is_not_sharing() -> None:
    check_phrasing("For more information, contact your IT admin.", "", TP)


@pytest.mark.parametrize(
    "text",
    [
        "Your organization can ask us to delete your account.",
        "Din organisation kan begära att vi raderar ditt konto.",
        "Votre organisation peut nous demander de supprimer votre compte.",
        "Ihr Arbeitgeber kann Ihr Konto bei uns kündigen.",
        "Ваша организация может запросить удаление аккаунта.",
    ],
)
def test_what_else_an_employer_can_do_is_not_sharing(text: str) -> None:
    check_phrasing(text, "", TP)
