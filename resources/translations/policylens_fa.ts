<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/about_dialog.py" line="+96"/>
        <source>The licence text is missing from this installation: SIL Open Font License 1.1, https://openfontlicense.org</source>
        <translation>متن پروانه در این نصب نیست: SIL Open Font License 1.1، https://openfontlicense.org</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About PolicyLens</source>
        <translation>درباره PolicyLens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read, classify, annotate and compare privacy policies in any language, right-to-left included. Everything works offline, on this computer.</source>
        <translation>سیاست‌نامه‌های حریم خصوصی را به هر زبانی، از جمله زبان‌های راست‌به‌چپ، بخوانید، دسته‌بندی کنید، برچسب بزنید و با هم مقایسه کنید. همه‌چیز بدون اینترنت و روی همین رایانه کار می‌کند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PolicyLens is free software under the MIT licence.</source>
        <translation>‏PolicyLens نرم‌افزاری آزاد با پروانهٔ MIT است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Licence</source>
        <translation>پروانه</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Libraries</source>
        <translation>کتابخانه‌های نرم‌افزاری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {0} font, shipped with PolicyLens, under the SIL Open Font License 1.1.</source>
        <translation>قلم {0}، که همراه PolicyLens عرضه می‌شود، با پروانهٔ SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font: {0}</source>
        <translation>قلم: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not installed</source>
        <translation>نصب نشده</translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/__init__.py" line="+48"/>
        <source>Annotations</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../desktop/policylens/ui/features/annotate/actions.py" line="+408"/>
        <source>Labelling is off: the library is read-only ({})</source>
        <translation>برچسب‌زدن خاموش است: کتابخانه فقط‌خواندنی است ({})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;درون‌بری برچسب‌ها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Annotations…</source>
        <translation>&amp;برون‌بری برچسب‌ها…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Annotate</source>
        <translation>&amp;حاشیه‌نویسی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/policylens/ui/features/annotate/actions.py" line="-11"/>
        <source>&amp;Label as</source>
        <translation>&amp;برچسب به‌عنوان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search the Library…</source>
        <translation>&amp;جست‌وجو در کتابخانه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreement Report…</source>
        <translation>گزارش &amp;توافق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Annotator &amp;Name…</source>
        <translation>تنظیم &amp;نام حاشیه‌نویس…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;nnotators</source>
        <translation>&amp;حاشیه‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  (side by side: solid / wavy underline)</source>
        <translation>  (کنار هم: زیرخط ساده / موج‌دار)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Showing labels of: {}</source>
        <translation>نمایش برچسب‌های: {}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotator: {}</source>
        <translation>حاشیه‌نویس: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotator: (not set)</source>
        <translation>حاشیه‌نویس: (تنظیم نشده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotate ▸ Set Annotator Name… changes it</source>
        <translation>با حاشیه‌نویسی ◂ تنظیم نام حاشیه‌نویس… تغییرش دهید</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../desktop/policylens/ui/features/annotate/actions.py" line="-233"/>
        <source>Open a policy first</source>
        <translation>نخست یک سیاست‌نامه باز کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the clause analysis: agreement is over clauses</source>
        <translation>منتظر تحلیل بندها بمانید: توافق روی بندها سنجیده می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/actions.py" line="-75"/>
        <source>Label the selection or the clause under the cursor: {}</source>
        <translation>برچسب‌زدن متن انتخاب‌شده یا بند زیر مکان‌نما: {}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Confirm Suggestion</source>
        <translation>&amp;تأیید پیشنهاد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;رد پیشنهاد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Label (or Reject)</source>
        <translation>&amp;حذف برچسب (یا رد)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mment…</source>
        <translation>&amp;یادداشت…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Labels need an annotator&apos;s name; nothing was saved</source>
        <translation>برچسب‌ها به نام حاشیه‌نویس نیاز دارند؛ چیزی ذخیره نشد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select some text or put the cursor in a clause</source>
        <translation>متنی را انتخاب کنید یا مکان‌نما را درون یک بند بگذارید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already labelled {}</source>
        <translation>از پیش با برچسب {} است</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relabel as {}</source>
        <translation>برچسب دوباره به‌عنوان {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relabelled: {}</source>
        <translation>برچسب تغییر کرد: {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>label {}</source>
        <translation>برچسب {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled: {}</source>
        <translation>برچسب خورد: {}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No automatic suggestion under the cursor</source>
        <translation>زیر مکان‌نما پیشنهاد خودکاری نیست</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>confirm suggestion</source>
        <translation>تأیید پیشنهاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reject suggestion</source>
        <translation>رد پیشنهاد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confirm {} suggestion</source>
        <translation>تأیید پیشنهاد {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reject {} suggestion</source>
        <translation>رد پیشنهاد {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed: {}</source>
        <translation>تأیید شد: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: {}</source>
        <translation>رد شد: {}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted the {} label</source>
        <translation>برچسب {} حذف شد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Label the text first (1–9, 0 or Enter), then comment</source>
        <translation>نخست متن را برچسب بزنید (1–9، 0 یا Enter)، سپس یادداشت بنویسید</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/commands.py" line="+56"/>
        <source>delete {} label</source>
        <translation>حذف برچسب {}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/controller.py" line="+45"/>
        <location filename="../../desktop/policylens/ui/features/annotate/panel.py" line="+72"/>
        <location line="+57"/>
        <source>All annotators</source>
        <translation>همهٔ حاشیه‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vs </source>
        <translation> در برابر </translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/annotate_dialogs.py" line="+35"/>
        <location filename="../../desktop/policylens/ui/features/annotate/model.py" line="+29"/>
        <source>Annotator</source>
        <translation>حاشیه‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as an annotator (saved with every label you make;
change it later under Annotate ▸ Set Annotator Name):</source>
        <translation>نام شما به‌عنوان حاشیه‌نویس (با هر برچسبی که می‌زنید ذخیره می‌شود؛
بعداً از حاشیه‌نویسی ◂ تنظیم نام حاشیه‌نویس تغییرش دهید):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comment</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop/policylens/ui/features/annotate/model.py" line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>وضعیت بازبینی</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Agreement between annotators</source>
        <translation>توافق میان حاشیه‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} (yes)</source>
        <translation>{} (بله)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/policylens/ui/features/annotate/model.py" line="-3"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses</source>
        <translation>بندها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohen&apos;s κ</source>
        <translation>کاپای کوهن (κ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s α</source>
        <translation>آلفای کریپندورف (α)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement needs at least two annotators&apos; confirmed labels on this document; found {}.</source>
        <translation>سنجش توافق دست‌کم به برچسب‌های تأییدشدهٔ دو حاشیه‌نویس روی این سند نیاز دارد؛ {} یافت شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1}. A clause counts as labelled with a category when an annotator&apos;s confirmed label covers at least half of it. — means undefined (no variation).</source>
        <translation>{0}: {1}. بندی با یک دسته برچسب‌خورده به شمار می‌آید که برچسب تأییدشدهٔ یک حاشیه‌نویس دست‌کم نیمی از آن را بپوشاند. — یعنی تعریف‌نشده (بی‌تغییر).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/policylens/ui/features/annotate/transfer.py" line="+314"/>
        <source>, </source>
        <translation>‏، </translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/model.py" line="-1"/>
        <source>Quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin</source>
        <translation>منشأ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>suggestion rejected</source>
        <translation>پیشنهاد ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggestion confirmed</source>
        <translation>پیشنهاد تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>درست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern</source>
        <translation>نگرانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/panel.py" line="-64"/>
        <source>All categories</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no status)</source>
        <translation>(بی‌وضعیت)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter quotes and notes…</source>
        <translation>پالایش نقل‌قول‌ها و یادداشت‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/search.py" line="+63"/>
        <source>{0}
characters {1}–{2}</source>
        <translation>{0}
نویسه‌های {1}–{2}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search the library</source>
        <translation>جست‌وجو در کتابخانه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words, or &quot;a phrase&quot; — Persian/Arabic spellings alike</source>
        <translation>واژه‌ها، یا «یک عبارت» — املای فارسی و عربی یکسان شمرده می‌شود</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0}{1} hit(s) in {2} document(s) for {3}</source>
        <translation>{0}{1} یافته در {2} سند برای {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for {}</source>
        <translation>چیزی برای {} یافت نشد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hit at characters {0}–{1}</source>
        <translation>یافته در نویسه‌های {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/transfer.py" line="-278"/>
        <source>JSON Lines, for training (*.jsonl);;CSV, one label per row (*.csv)</source>
        <translation>‏JSON Lines، برای آموزش (*.jsonl);;CSV، هر برچسب یک سطر (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>‏JSON Lines (*.jsonl *.json);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+24"/>
        <source>Export annotations</source>
        <translation>برون‌بری برچسب‌ها</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exported annotations ({0} rows) to {1}</source>
        <translation>برچسب‌ها ({0} سطر) به {1} برون‌بری شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported annotations ({0} documents) to {1}</source>
        <translation>برچسب‌ها ({0} سند) به {1} برون‌بری شد</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <location line="+26"/>
        <source>Import annotations</source>
        <translation>درون‌بری برچسب‌ها</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The library is read-only: {}</source>
        <translation>کتابخانه فقط‌خواندنی است: {}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New version of a policy?</source>
        <translation>نسخهٔ تازه‌ای از یک سیاست‌نامه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} looks like a new version of {1}, which has {2} annotation(s).

Carry them over to the new version? Labels whose text cannot be found again are listed afterwards.</source>
        <translation>{0} به نظر نسخهٔ تازه‌ای از {1} است که {2} برچسب دارد.

برچسب‌ها به نسخهٔ تازه منتقل شوند؟ برچسب‌هایی که متنشان دوباره پیدا نشود، پس از آن فهرست می‌شوند.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing was imported from {0}: 1 rejected, 0 added. {1}</source>
        <translation>چیزی از {0} درون‌بری نشد: ۱ رد شد، ۰ افزوده شد. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {0}: {1} new document(s) ({2} already in the library), {3} annotation(s) added ({4} were already there), {5} updated, {6} conflicting (the library&apos;s newer version kept), {7} duplicate in the file, {8} rejected.</source>
        <translation>{0} درون‌بری شد: {1} سند تازه ({2} سند از پیش در کتابخانه بود)، {3} برچسب افزوده شد ({4} برچسب از پیش بود)، {5} به‌روز شد، {6} ناسازگار (نسخهٔ تازه‌تر کتابخانه نگه داشته شد)، {7} تکراری در پرونده، {8} رد شد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added</source>
        <translation>افزوده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated (the file&apos;s newer note, status or tags)</source>
        <translation>به‌روزشده (یادداشت، وضعیت یا برچسب‌های تازه‌ترِ پرونده)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicting (the library&apos;s newer version kept)</source>
        <translation>ناسازگار (نسخهٔ تازه‌تر کتابخانه نگه داشته شد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate in the file (added once)</source>
        <translation>تکراری در پرونده (یک بار افزوده شد)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {0} more</source>
        <translation>… و {0} مورد دیگر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exact</source>
        <translation>دقیق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by context</source>
        <translation>از روی بافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuzzy</source>
        <translation>تقریبی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried {0} annotation(s) from {1} over to {2}</source>
        <translation>{0} برچسب از {1} به {2} منتقل شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ({})</source>
        <translation> ({})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> {} could not be placed in the new text.</source>
        <translation> {} برچسب در متن تازه جا نگرفت.</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/annotate_dialogs.py" line="+18"/>
        <source>Annotations carried over</source>
        <translation>برچسب‌های منتقل‌شده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  — note: {}</source>
        <translation>  — یادداشت: {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not placed (still on the old version):</source>
        <translation>جانگرفته (هنوز روی نسخهٔ قدیمی):</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/annotate/undo_messages.py" line="+34"/>
        <source>Undone: {}</source>
        <translation>واگرد شد: {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redone: {}</source>
        <translation>ازنو انجام شد: {}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/policylens/ui/app.py" line="+89"/>
        <source>You can work in this computer&apos;s own library meanwhile, or quit.</source>
        <translation>تا آن زمان می‌توانید در کتابخانهٔ همین رایانه کار کنید، یا از برنامه بیرون بروید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;Local Library</source>
        <translation>باز کردن کتابخانهٔ &amp;محلی</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+12"/>
        <source>PolicyLens cannot start</source>
        <translation>‏PolicyLens راه‌اندازی نمی‌شود</translation>
    </message>
</context>
<context>
    <name>ClauseModel</name>
    <message>
        <location filename="../../desktop/policylens/ui/reader/clause_model.py" line="+49"/>
        <source>(from its heading / list)</source>
        <translation>(از عنوان یا فهرستِ آن)</translation>
    </message>
    <message>
        <source>named only in passing: {0}</source>
        <translation>تنها به‌طور گذرا به آن اشاره شده: {0}</translation>
    </message>
    <message>
        <source>(from the section it heads)</source>
        <translation>(از بخشی که عنوانِ آن است)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>learned model, {0}</source>
        <translation>مدل آموخته، {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clause</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>دلیل‌ها</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>{0} clause(s) carry this category (suggestions and labels)</source>
        <translation>{0} بند این دسته را دارند (پیشنهادها و برچسب‌ها)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/__init__.py" line="+68"/>
        <source>Select two documents in the library (Ctrl+click) to compare them</source>
        <translation>برای مقایسه، دو سند را در کتابخانه انتخاب کنید (Ctrl+کلیک)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One of the documents is no longer in the library</source>
        <translation>یکی از سندها دیگر در کتابخانه نیست</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+39"/>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This document says nothing about {}</source>
        <translation>این سند دربارهٔ {} چیزی نمی‌گوید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First of {0} clause(s) about {1} — F8 for the next</source>
        <translation>نخستین بند از {0} بند دربارهٔ {1} — F8 برای بعدی</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>&amp;Compare Two Documents…</source>
        <translation>&amp;مقایسهٔ دو سند…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+208"/>
        <source>Compare &amp;Selected Documents</source>
        <translation>مقایسهٔ سندهای &amp;انتخاب‌شده</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Co&amp;verage Matrix…</source>
        <translation>&amp;ماتریس پوشش…</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Compare (select two documents)</source>
        <translation>مقایسه (دو سند را انتخاب کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/coverage.py" line="+117"/>
        <source>{0} says nothing about {1} (silent)</source>
        <translation>{0} دربارهٔ {1} چیزی نمی‌گوید (خاموش)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} clause(s) about {2} — double-click to read</source>
        <translation>{0}: {1} بند دربارهٔ {2} — برای خواندن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}: {1} document(s) silent</source>
        <translation>{0}: {1} سند خاموش</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Analysing the library…</source>
        <translation>در حال تحلیل کتابخانه…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Analysing the library… {0} of {1}</source>
        <translation>در حال تحلیل کتابخانه… {0} از {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} documents · {1} silent cells (red hatching: the policy says nothing about that category). Double-click or Enter: read the first such clause.</source>
        <translation>{0} سند · {1} خانهٔ خاموش (هاشور سرخ: سیاست‌نامه دربارهٔ آن دسته چیزی نمی‌گوید). دوبار کلیک یا Enter: خواندن نخستین بند آن دسته.</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/compare_dialog.py" line="+34"/>
        <source>Compare two documents</source>
        <translation>مقایسهٔ دو سند</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggest from the texts</source>
        <translation>پیشنهاد از روی متن‌ها</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop/policylens/ui/features/compare/window.py" line="+69"/>
        <source>&amp;Compare</source>
        <translation>&amp;مقایسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document &amp;A (older / first):</source>
        <translation>سند &amp;A (قدیمی‌تر / نخست):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;B (newer / second):</source>
        <translation>سند &amp;B (تازه‌تر / دوم):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/policylens/ui/features/compare/toolbar.py" line="+56"/>
        <source>&amp;Mode:</source>
        <translation>&amp;حالت:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library needs at least two documents to compare.</source>
        <translation>برای مقایسه دست‌کم دو سند در کتابخانه لازم است.</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/pane.py" line="+202"/>
        <source> (similarity {})</source>
        <translation> (شباهت {})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotation of A: {}</source>
        <translation>برچسب A: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — {}</source>
        <translation> — {}</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>unchanged</source>
        <translation>بی‌تغییر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>تغییر کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in B</source>
        <translation>افزوده در B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed from A</source>
        <translation>حذف‌شده از A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>جابه‌جاشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aligned</source>
        <translation>هم‌تراز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counterpart</source>
        <translation>بی‌همتا</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/texts.py" line="+18"/>
        <source>Versions of one policy</source>
        <translation>نسخه‌های یک سیاست‌نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two different policies</source>
        <translation>دو سیاست‌نامهٔ متفاوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy and its translation</source>
        <translation>یک سیاست‌نامه و ترجمه‌اش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes</source>
        <translation>تغییرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/toolbar.py" line="-23"/>
        <source>How the two documents relate (the likely one is suggested)</source>
        <translation>رابطهٔ دو سند (گزینهٔ محتمل پیشنهاد می‌شود)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Previous</source>
        <translation>▶ قبلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous difference (Shift+F7, Alt+P)</source>
        <translation>تفاوت قبلی (Shift+F7، Alt+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next ▶</source>
        <translation>بعدی ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next difference (F7, Alt+N)</source>
        <translation>تفاوت بعدی (F7، Alt+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;رنگ‌آمیزی بر پایهٔ:</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/view.py" line="+134"/>
        <source>{0}: {1}  ·  {2}</source>
        <translation>{0}: {1}  ·  {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/toolbar.py" line="+21"/>
        <source>{} (suggested)</source>
        <translation>{} (پیشنهادی)</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/view.py" line="+54"/>
        <source>Comparing…</source>
        <translation>در حال مقایسه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison failed: {}</source>
        <translation>مقایسه ناکام ماند: {}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/texts.py" line="+10"/>
        <location line="+18"/>
        <source>, </source>
        <translation>‏، </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} says nothing about: {1}</source>
        <translation>{0} چیزی نمی‌گوید دربارهٔ: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} annotation(s) of A shown on B</source>
        <translation>{} برچسب A روی B نشان داده شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {} not placed (their clause was removed or rewritten)</source>
        <translation>، {} برچسب جا نگرفت (بندشان حذف یا بازنویسی شده است)</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/view.py" line="+31"/>
        <source>This clause is added in B</source>
        <translation>این بند در B افزوده شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This clause is removed from A</source>
        <translation>این بند از A حذف شده است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This clause is without counterpart</source>
        <translation>این بند همتایی ندارد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No differences</source>
        <translation>تفاوتی نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/texts.py" line="+13"/>
        <source>no differences</source>
        <translation>بی‌تفاوت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– of {}</source>
        <translation>– از {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1}</source>
        <translation>{0} از {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/window.py" line="-42"/>
        <source>F7 / Alt+N  next difference · Shift+F7 / Alt+P  previous difference
Click a clause: its counterpart is selected in the other pane
Alt+M  mode · Alt+C  colour by changes or categories
Ctrl+= / Ctrl+-  text size of both panes · Esc  close</source>
        <translation>‏F7 / Alt+N  تفاوت بعدی · Shift+F7 / Alt+P  تفاوت قبلی
کلیک روی یک بند: همتایش در قاب دیگر انتخاب می‌شود
Alt+M  حالت · Alt+C  رنگ‌آمیزی بر پایهٔ تغییرها یا دسته‌ها
Ctrl+= / Ctrl+-  اندازهٔ متن هر دو قاب · Esc  بستن</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare — PolicyLens</source>
        <translation>مقایسه — PolicyLens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Next Difference</source>
        <translation>تفاوت &amp;بعدی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Difference</source>
        <translation>تفاوت &amp;قبلی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mode</source>
        <translation>&amp;حالت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour By</source>
        <translation>&amp;رنگ‌آمیزی بر پایهٔ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes</source>
        <translation>&amp;تغییرها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ategories</source>
        <translation>&amp;دسته‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} ↔ {1} — PolicyLens</source>
        <translation>{0} ↔ {1} — PolicyLens</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/by_category.py" line="+42"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What A says</source>
        <translation>آنچه A می‌گوید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What B says</source>
        <translation>آنچه B می‌گوید</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} clause(s)</source>
        <translation>{0} بند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>says nothing</source>
        <translation>چیزی نمی‌گوید</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/compare/by_category_dock.py" line="+23"/>
        <source>By category</source>
        <translation>بر پایهٔ دسته</translation>
    </message>
</context>
<context>
    <name>CvReportModel</name>
    <message>
        <location filename="../../desktop/policylens/ui/features/learn/report_model.py" line="+28"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>مثبت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negatives</source>
        <translation>منفی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>دقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped model F1</source>
        <translation>مدل همراه برنامه (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours on top F1</source>
        <translation>مدل شما روی آن (F1)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/policylens/ui/infra/errors.py" line="+39"/>
        <source>The details were written to {0}.</source>
        <translation>جزئیات در {0} نوشته شد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PolicyLens: unexpected error</source>
        <translation>‏PolicyLens: خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {0}

Your library is safe; you can keep working.</source>
        <translation>مشکلی پیش آمد: {0}

کتابخانهٔ شما سالم است؛ می‌توانید به کارتان ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>ExportPdf</name>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/pdf_export_dialog.py" line="+44"/>
        <location filename="../../desktop/policylens/ui/features/pdf_export/__init__.py" line="+117"/>
        <location line="+42"/>
        <location line="+101"/>
        <source>Export PDF</source>
        <translation>برون‌بری PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatic highlights</source>
        <translation>برجسته‌سازی &amp;خودکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmed annotations only</source>
        <translation>فقط برچسب‌های &amp;تأییدشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewer &amp;notes (margin markers and appendix)</source>
        <translation>&amp;یادداشت‌های بازبین (نشانگر حاشیه و پیوست)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>زبان رابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>زبان سند</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Co&amp;ver language:</source>
        <translation>&amp;زبان جلد:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Page size:</source>
        <translation>اندازهٔ &amp;کاغذ:</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/features/pdf_export/__init__.py" line="-199"/>
        <source>Export &amp;PDF…</source>
        <translation>برون‌بری &amp;PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open PDF</source>
        <translation>باز کردن PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing {0}…</source>
        <translation>در حال نوشتن {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>writing the PDF</source>
        <translation>نوشتن PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the annotations</source>
        <translation>خواندن برچسب‌ها</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF written: {0}</source>
        <translation>پروندهٔ PDF نوشته شد: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF export cancelled; no file written</source>
        <translation>برون‌بری PDF لغو شد؛ هیچ پرونده‌ای نوشته نشد</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/policylens/ui/reader/find_bar.py" line="+35"/>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation>جست‌وجو در سند (Enter: بعدی، Shift+Enter: قبلی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+F3)</source>
        <translation>یافتهٔ قبلی (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>یافتهٔ بعدی (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>جست‌وجو:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} of {1}</source>
        <translation>{0} از {1}</translation>
    </message>
</context>
<context>
    <name>LearnDialogs</name>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/learn_dialogs.py" line="+28"/>
        <source>{0}: not trained — {1}</source>
        <translation>{0}: آموزش ندیده — {1}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trained from annotations</source>
        <translation>آموزش‌دیده از برچسب‌ها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cross-validated on your labels: each category&apos;s classifier was scored on labels it was not trained on. Categories below F1 0.40 make no suggestions.</source>
        <translation>اعتبارسنجی متقاطع روی برچسب‌های شما: رده‌بند هر دسته روی برچسب‌هایی سنجیده شد که با آن‌ها آموزش ندیده بود. دسته‌هایی که F1 آن‌ها کمتر از ۰٫۴۰ است پیشنهادی نمی‌دهند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Macro-F1: {0}</source>
        <translation>میانگین کلان F1: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trained: {0}</source>
        <translation>زمان آموزش: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts: {0}</source>
        <translation>متن‌ها: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per category: confirmed / rejected / other clauses of labelled policies</source>
        <translation>برای هر دسته: بندهای تأییدشده / ردشده / دیگر بندهای سیاست‌نامه‌های برچسب‌خورده</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Texts per language:</source>
        <translation>متن‌ها به تفکیک زبان:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PolicyLens {0}, scikit-learn {1}</source>
        <translation>‏PolicyLens {0}، scikit-learn {1}</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../desktop/policylens/ui/features/learn/controller.py" line="+48"/>
        <source>Not enough confirmed labels yet: at least {0} per category are needed to train (and a few rejected or unlabelled clauses). Label more clauses (keys 1–9, 0), then train again.</source>
        <translation>هنوز برچسب تأییدشدهٔ کافی نیست: برای آموزش دست‌کم {0} برچسب برای هر دسته لازم است (و چند بند ردشده یا بی‌برچسب). بندهای بیشتری برچسب بزنید (کلیدهای 1–9 و 0) و دوباره آموزش دهید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} confirmed</source>
        <translation>{0}: {1} تأییدشده</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Train from Annotations…</source>
        <translation>&amp;آموزش از برچسب‌ها…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use Learned Model</source>
        <translation>ا&amp;ستفاده از مدل آموخته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off: only the built-in cue phrases suggest categories</source>
        <translation>خاموش: فقط عبارت‌های نشانهٔ داخلی دسته پیشنهاد می‌دهند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model Info…</source>
        <translation>&amp;اطلاعات مدل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next to Label</source>
        <translation>&amp;بند بعدی برای برچسب‌زدن</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+135"/>
        <location line="+106"/>
        <source>Learn from annotations</source>
        <translation>یادگیری از برچسب‌ها</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Suggestions: cue phrases and the learned model</source>
        <translation>پیشنهادها: عبارت‌های نشانه و مدل آموخته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions: cue phrases only (learned model off)</source>
        <translation>پیشنهادها: فقط عبارت‌های نشانه (مدل آموخته خاموش است)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the annotations…</source>
        <translation>در حال خواندن برچسب‌ها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training from annotations</source>
        <translation>آموزش از برچسب‌ها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the annotations</source>
        <translation>خواندن برچسب‌ها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no annotations in the library yet. Label clauses (keys 1–9, 0) or import annotations (File ▸ Import Annotations…), then train.</source>
        <translation>هنوز برچسبی در کتابخانه نیست. بندها را برچسب بزنید (کلیدهای 1–9 و 0) یا برچسب‌ها را وارد کنید (پرونده ◂ وارد کردن برچسب‌ها…)، سپس آموزش دهید.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The model could not be saved: {0}</source>
        <translation>مدل ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Training on {0} examples…</source>
        <translation>در حال آموزش روی {0} نمونه…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Training cancelled; the previous model is kept</source>
        <translation>آموزش لغو شد؛ مدل قبلی نگه داشته شد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trained on {0} labelled texts ({1}). The suggestions now use the model.</source>
        <translation>آموزش روی {0} متن برچسب‌خورده ({1}) انجام شد. پیشنهادها اکنون از مدل استفاده می‌کنند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} categories had so many examples that a sample of them was used (repeats merged, a fixed seed: the same library trains the same model).</source>
        <translation>{0} دسته آن‌قدر نمونه داشتند که نمونه‌ای از آن‌ها به کار رفت (تکراری‌ها یکی شدند، با بذر ثابت: یک کتابخانه همیشه همان مدل را می‌سازد).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(Tools ▸ Use Learned Model is off: switch it on to see them.)</source>
        <translation>(ابزارها ◂ استفاده از مدل آموخته خاموش است: برای دیدن آن‌ها روشنش کنید.)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+19"/>
        <source>Learned model</source>
        <translation>مدل آموخته</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No model has been trained yet: Tools ▸ Train from Annotations… learns from the labels in the library.</source>
        <translation>هنوز هیچ مدلی آموزش ندیده است: ابزارها ◂ آموزش از برچسب‌ها… از برچسب‌های کتابخانه یاد می‌گیرد.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>finding clauses to label</source>
        <translation>یافتن بندها برای برچسب‌زدن</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finding the clauses to label next…</source>
        <translation>در حال یافتن بندهای بعدی برای برچسب‌زدن…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next to label needs a learned model: it picks the clauses the model is least sure about. Train one first (Tools ▸ Train from Annotations…).</source>
        <translation>«بند بعدی برای برچسب‌زدن» به مدل آموخته نیاز دارد: بندهایی را برمی‌گزیند که مدل کمتر از همه درباره‌شان مطمئن است. نخست مدلی آموزش دهید (ابزارها ◂ آموزش از برچسب‌ها…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No unlabelled clauses left in the library</source>
        <translation>بند بی‌برچسبی در کتابخانه نمانده است</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Label this clause (keys 1–9, 0): the model is unsure about {0} ({1})</source>
        <translation>این بند را برچسب بزنید (کلیدهای 1–9 و 0): مدل دربارهٔ {0} ({1}) مطمئن نیست</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} candidates left</source>
        <translation>{0} نامزد مانده است</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All candidates labelled: train again (Ctrl+T), then Ctrl+L for more</source>
        <translation>همهٔ نامزدها برچسب خوردند: دوباره آموزش دهید (Ctrl+T)، سپس برای موارد بیشتر Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/policylens/ui/reader/legend.py" line="+35"/>
        <source>Tick to show a category&apos;s highlights; select one for F8 / Shift+F8</source>
        <translation>برای نمایش رنگ‌های یک دسته تیکش را بزنید؛ برای پیمایش با F8 / Shift+F8 آن را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0} clause(s) carry this category (suggestions and labels; a rejected suggestion is not counted)</source>
        <translation>{0} بند این دسته را دارند (پیشنهادها و برچسب‌ها؛ پیشنهاد ردشده شمرده نمی‌شود)</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/policylens/ui/shell/library_model.py" line="+28"/>
        <source>{0} chars</source>
        <translation>{0} نویسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} k chars</source>
        <translation>{0} هزار نویسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} M chars</source>
        <translation>{0} میلیون نویسه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RTL</source>
        <translation>راست‌به‌چپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTR</source>
        <translation>چپ‌به‌راست</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no source file)</source>
        <translation>(بدون پروندهٔ منبع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} characters</source>
        <translation>{0} نویسه</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../desktop/policylens/ui/features/live/__init__.py" line="+96"/>
        <source>● Team library: live</source>
        <translation>● کتابخانهٔ گروهی: زنده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>○ Team library: offline</source>
        <translation>○ کتابخانهٔ گروهی: قطع</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/policylens/ui/shell/work.py" line="+28"/>
        <source>Policies (*.txt *.md *.html *.htm *.pdf *.docx)</source>
        <translation>سیاست‌نامه‌ها (*.txt *.md *.html *.htm *.pdf *.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt *.md)</source>
        <translation>متن (*.txt *.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>صفحه‌های وب (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/main_window.py" line="+94"/>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>بندها</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>another PolicyLens window has the library</source>
        <translation>پنجرهٔ دیگری از PolicyLens کتابخانه را در دست دارد</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/importing.py" line="+48"/>
        <source>Open policies</source>
        <translation>باز کردن سیاست‌نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/work.py" line="+52"/>
        <source>Unexpected error: {0}</source>
        <translation>خطای پیش‌بینی‌نشده: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/importing.py" line="+30"/>
        <source>Imported {0} file(s)</source>
        <translation>{0} پرونده وارد شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open</source>
        <translation>باز کردن ممکن نشد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import stopped</source>
        <translation>وارد کردن متوقف شد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing files</source>
        <translation>وارد کردن پرونده‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/main_window.py" line="+133"/>
        <source>reading the library</source>
        <translation>خواندن کتابخانه</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>That document is no longer in the library</source>
        <translation>این سند دیگر در کتابخانه نیست</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>analysing the policy</source>
        <translation>تحلیل سیاست‌نامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysing</source>
        <translation>در حال تحلیل</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/live_counts.py" line="+64"/>
        <source>Clauses of the document, and how many carry at least one category: the automatic suggestions with the reviewers&apos; labels applied (a rejected suggestion no longer counts, a label does). A clause with two categories counts once for each in the Categories and Clauses panels.</source>
        <translation>بندهای سند، و چند تا از آن‌ها دست‌کم یک دسته دارند: پیشنهادهای خودکار با برچسب‌های بازبینان (پیشنهاد ردشده دیگر شمرده نمی‌شود، برچسب شمرده می‌شود). بندی با دو دسته در پنل‌های دسته‌ها و بندها برای هر دسته یک بار شمرده می‌شود.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} clauses, {1} with categories</source>
        <translation>{0} بند، {1} بند دسته‌دار</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/reader/navigation.py" line="+45"/>
        <source>F8 / Shift+F8: next / previous {0}</source>
        <translation>‏F8 / Shift+F8: بند بعدی / قبلی از «{0}»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No clauses to move to</source>
        <translation>بندی برای رفتن به آن نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/ui/shell/main_window.py" line="+44"/>
        <source>Text size {0} pt</source>
        <translation>اندازهٔ متن {0} پوینت</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added</source>
        <translation>وارد کردن لغو شد؛ چیزی افزوده نشد</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>خواندن پرونده‌ها</translation>
    </message>
    <message>
        <source>finding the language</source>
        <translation>یافتن زبان</translation>
    </message>
    <message>
        <source>{0}: OCR ({1}), {2} of {3} pages</source>
        <translation>خواندن {0} با OCR ‏({1})، {2} از {3} صفحه</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>خواندن {0}</translation>
    </message>
    <message>
        <source>Reading {0}, {1} of {2} files</source>
        <translation>خواندن {0}، {1} از {2} پرونده</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/policylens/ui/shell/menus.py" line="+25"/>
        <source>open a policy (or drop files on the window)</source>
        <translation>باز کردن یک سیاست‌نامه (یا رها کردن پرونده‌ها روی پنجره)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find in the document (sees through Persian/Arabic letter variants and missing ZWNJ)</source>
        <translation>جست‌وجو در سند (گونه‌های فارسی و عربی حروف و نیم‌فاصله‌های جاافتاده را یکی می‌گیرد)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next / previous match</source>
        <translation>یافتهٔ بعدی / قبلی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next / previous clause of the category selected in the legend</source>
        <translation>بند بعدی / قبلی از دستهٔ انتخاب‌شده در فهرست دسته‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger / smaller / normal text</source>
        <translation>متن بزرگ‌تر / کوچک‌تر / عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analyse the document again</source>
        <translation>تحلیل دوبارهٔ سند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>پرونده‌های ا&amp;خیر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>انتخاب &amp;همه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;جست‌وجو…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>یافتهٔ &amp;بعدی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>یافتهٔ &amp;قبلی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>اندازهٔ &amp;واقعی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Navigate</source>
        <translation>&amp;پیمایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Clause of Category</source>
        <translation>بند &amp;بعدی این دسته</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous Clause of Category</source>
        <translation>بند &amp;قبلی این دسته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show All Categories</source>
        <translation>&amp;نمایش همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide All Categories</source>
        <translation>پ&amp;نهان کردن همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>&amp;قاب‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Analyse Again</source>
        <translation>&amp;تحلیل دوباره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Samples</source>
        <translation>وارد کردن &amp;نمونه‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PolicyLens</source>
        <translation>&amp;درباره PolicyLens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Clear List</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language applies when you restart PolicyLens</source>
        <translation>زبان تازهٔ رابط پس از راه‌اندازی دوبارهٔ PolicyLens اعمال می‌شود</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>&amp;لغو وارد کردن</translation>
    </message>
    <message>
        <source>cancel an import (a scan being read by OCR)</source>
        <translation>لغو وارد کردن (اسکنی که با OCR خوانده می‌شود)</translation>
    </message>
</context>
<context>
    <name>OcrLanguageBox</name>
    <message>
        <source>Scanned PDFs</source>
        <translation>اسکن‌های PDF</translation>
    </message>
    <message>
        <source>Automatic (found from the first page)</source>
        <translation>خودکار (از روی صفحهٔ نخست)</translation>
    </message>
    <message>
        <source>{0} — not installed</source>
        <translation>{0} — نصب نشده</translation>
    </message>
    <message>
        <source>OCR lan&amp;guage:</source>
        <translation>&amp;زبان OCR:</translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed, so scanned PDFs cannot be read. Install it with: {0}</source>
        <translation>‏Tesseract OCR نصب نیست، پس PDFهای اسکن‌شده خوانده نمی‌شوند. با این فرمان نصبش کنید: {0}</translation>
    </message>
    <message>
        <source>Not installed here. Install it with: {0}</source>
        <translation>اینجا نصب نیست. با این فرمان نصبش کنید: {0}</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../desktop/policylens/ui/infra/i18n.py" line="+48"/>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/policylens/ui/dialogs/settings_dialog.py" line="+73"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name, saved with your labels</source>
        <translation>نام شما، که همراه برچسب‌هایتان ذخیره می‌شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({0})</source>
        <translation>زبان سیستم ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interface language changes when PolicyLens is restarted.</source>
        <translation>زبان رابط پس از راه‌اندازی دوبارهٔ PolicyLens تغییر می‌کند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> pt</source>
        <translation> پوینت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotator name:</source>
        <translation>نام &amp;حاشیه‌نویس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;زبان رابط:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader text &amp;size:</source>
        <translation>اندازهٔ &amp;متن سند:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s library</source>
        <translation>کتابخانهٔ همین رایانه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team library: postgresql://you@server/library (your password goes in ~/.pgpass, never here). Or a .sqlite3 file. Applies when PolicyLens is restarted.</source>
        <translation>کتابخانهٔ گروهی: postgresql://you@server/library (گذرواژهٔ شما در پروندهٔ ‎~/.pgpass نوشته می‌شود، هرگز اینجا). یا یک پروندهٔ ‎.sqlite3. با راه‌اندازی دوبارهٔ PolicyLens اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Li&amp;brary:</source>
        <translation>&amp;کتابخانه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justify paragraphs (even right and left edges)</source>
        <translation>&amp;تراز دوطرفهٔ بندها (لبه‌های راست و چپ هم‌تراز)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Automatic highlights (suggested categories)</source>
        <translation>رنگ‌آمیزی &amp;خودکار (دسته‌های پیشنهادی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only confirmed annotations</source>
        <translation>&amp;فقط برچسب‌های تأییدشده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF export defaults</source>
        <translation>پیش‌فرض‌های خروجی PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Page size:</source>
        <translation>اندازهٔ &amp;کاغذ:</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../desktop/policylens/ui/shell/status.py" line="+31"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Language: {0}</source>
        <translation>زبان: {0}</translation>
    </message>
    <message>
        <source>Language: undetermined</source>
        <translation>زبان: نامشخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} characters, {1} paragraphs</source>
        <translation>{0} نویسه، {1} پاراگراف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OCR {0} %</source>
        <translation>نویسه‌خوانی {0}٪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text was recognised from a scan by OCR ({0}, languages {1}); the mean confidence of its words is {2} %. Check important passages against the scan.</source>
        <translation>این متن با OCR از تصویر اسکن‌شده خوانده شده است ({0}، زبان‌ها: {1})؛ میانگین اطمینان واژه‌ها {2}٪ است. بخش‌های مهم را با اسکن مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is read-only: {0}</source>
        <translation>کتابخانه فقط‌خواندنی است: {0}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/policylens/ui/infra/workers.py" line="+73"/>
        <source>Unexpected error while {0}: {1}</source>
        <translation>خطای پیش‌بینی‌نشده هنگام {0}: {1}</translation>
    </message>
</context>
</TS>
