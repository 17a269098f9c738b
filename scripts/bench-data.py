#!/usr/bin/env python3
"""Synthetic, deterministic content for the boardgen benchmarks (issue 7).

    scripts/bench-data.py --schools 200 --out bench-data/schools-200
        DIR/school-0001 … DIR/school-0200, each a complete boardgen site (docs/content.md):
        site.yaml, contacts.yaml (10 channels), people.yaml (20 consultants with weekly
        slots), timetables.yaml (a grid and a list), desks.yaml (school + platform desk) and
        regulations/*.md (50 by default, several KB each). No board.yaml: the default board.

    scripts/bench-data.py --schools 1 --regulations 10000 --out bench-data/one-school-10000
        one site holding 10,000 regulations (the per-page throughput case).

    scripts/bench-data.py --schools 1 --regulations 10000 --plain --out bench-data/plain-10000
        the same site with plain regulations: front matter (title, approval, …) and the plain
        body that --markdown-only writes, byte for byte; no directive, no inline marker.

    scripts/bench-data.py --schools 1 --regulations 10000 --markdown-only bench-data/md-10000
        the same regulation bodies without front matter, every directive and inline marker
        replaced by plain Markdown text: DIR/school-0001/<slug>.md, for Hugo and cmark.

Everything is derived from --seed, the school number and the regulation number, so two runs
write byte-identical files, and regulation k of a school has the same body whether the school
holds 50 or 10,000 regulations. Python 3 standard library only.
"""

import argparse
import datetime as dt
import os
import random
import re
import shutil
import sys

DAYS = ["пн", "вт", "ср", "чт", "пт"]
DAY_FULL = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
DAY_DOTTED = ["пон.", "вт.", "ср.", "чт.", "пт."]
ROOMS = ["Каб. 101", "Каб. 105 (учебная часть)", "Каб. 112", "Каб. 204", "Каб. 208",
         "Каб. 214 (кабинет информатики)", "Каб. 301", "Каб. 305", "Библиотека", "Методический кабинет"]
YEAR_START, YEAR_END = dt.date(2026, 9, 1), dt.date(2027, 5, 26)

CITIES = ["Ижевск", "Глазов", "Сарапул", "Воткинск", "Можга", "Казань", "Киров", "Пермь", "Уфа",
          "Самара", "Тула", "Калуга", "Рязань", "Тверь", "Ярославль", "Кострома", "Владимир", "Иваново"]
STREETS = ["Школьная", "Ленина", "Советская", "Мира", "Молодёжная", "Садовая", "Центральная",
           "Пушкина", "Гагарина", "Лесная", "Набережная", "Первомайская"]
SURNAMES = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Васильев", "Соколова", "Михайлов",
            "Новикова", "Фёдоров", "Морозова", "Волков", "Алексеева", "Лебедев", "Семёнова", "Егоров",
            "Павлова", "Козлов", "Степанова", "Николаев", "Орлова", "Андреев", "Макарова", "Захаров",
            "Зайцева", "Соловьёв", "Борисова", "Яковлев", "Григорьева", "Романов"]
INITIALS = "АБВГДЕИКЛМНОПРСТЮ"
ROLES = ["Технический специалист", "Администратор ЭЖ", "Заместитель директора по УВР",
         "Рабочая группа по внедрению ЭлЖур", "Учитель информатики", "Педагог-библиотекарь",
         "Классный руководитель", "Социальный педагог", "Педагог-организатор", "Заместитель директора по ВР"]
TOPICS = ["Вход в ИС «ЭлЖур», восстановление доступа", "Настройка компьютеров и браузеров",
          "Реквизиты доступа для сотрудников", "Ведение журнала, отметки, отчёты",
          "Размещение календарно-тематического планирования", "Размещение графика контрольных работ",
          "Регистрация учащихся и родителей", "Электронный дневник: просмотр отметок и домашних заданий",
          "Мобильное приложение ЭлЖур", "Сообщения и объявления в ИС «ЭлЖур»",
          "Итоговые отметки и ведомости", "Портфолио обучающегося"]

THEMES = ["оказания технической и методической помощи при работе с электронным журналом",
          "информирования обучающихся и их родителей о текущей и итоговой успеваемости",
          "ведения электронного журнала учителями-предметниками",
          "восстановления доступа к ИС «ЭлЖур»",
          "выдачи реквизитов доступа родителям (законным представителям)",
          "работы с электронным дневником обучающегося",
          "размещения домашних заданий в электронном журнале",
          "контроля своевременности выставления отметок",
          "обработки персональных данных в ИС «ЭлЖур»",
          "формирования итоговых ведомостей успеваемости",
          "ведения журнала внеурочной деятельности",
          "взаимодействия со службой поддержки платформы",
          "проведения консультаций для родителей по работе в ЭД",
          "размещения календарно-тематического планирования",
          "учета посещаемости обучающихся",
          "переноса данных при переводе обучающегося",
          "архивирования электронного журнала по окончании учебного года",
          "работы с сообщениями во встроенной почте ИС",
          "предоставления распечаток результатов обучения",
          "обучения новых сотрудников работе с ИС «ЭлЖур»"]
SECTION_HEADS = ["Общие положения", "Термины и сокращения", "Ответственные лица", "Порядок обращения",
                 "Помощь сотрудникам школы", "Помощь родителям (законным представителям)",
                 "Помощь обучающимся", "График консультаций", "Сроки рассмотрения обращений",
                 "Нештатные ситуации", "Учет обращений", "Права и обязанности участников",
                 "Контроль исполнения регламента", "Заключительные положения"]
SUBJECTS = ["Классный руководитель", "Администратор ЭЖ", "Технический специалист школы",
            "Учитель-предметник", "Заместитель директора по УВР", "Родитель (законный представитель)",
            "Обучающийся", "Сотрудник школы", "Ответственный за ведение ЭЖ", "Секретарь учебной части"]
VERBS = ["обеспечивает", "контролирует", "организует", "осуществляет", "проверяет", "планирует",
         "направляет", "фиксирует", "согласовывает", "поддерживает"]
OBJECTS = ["своевременное внесение отметок в электронный журнал",
           "информирование родителей о текущей успеваемости обучающихся",
           "актуальность контактных данных в ИС «ЭлЖур»",
           "сохранность реквизитов доступа к электронному дневнику",
           "заполнение сведений о домашних заданиях",
           "корректность данных о посещаемости",
           "размещение графика контрольных работ",
           "выдачу распечаток результатов обучения по запросу",
           "рассмотрение обращений пользователей",
           "передачу сведений в службу поддержки платформы",
           "ведение журнала регистрации обращений",
           "соблюдение требований к защите персональных данных"]
WHEN = ["не реже одного раза в неделю", "в течение одного рабочего дня", "до окончания учебной четверти",
        "в соответствии с графиком консультаций", "в день проведения урока",
        "не позднее трех рабочих дней с момента обращения", "по мере необходимости",
        "в начале каждого учебного года", "до 10 числа каждого месяца", "в сроки, установленные приказом директора"]
TAILS = ["с использованием средств ИС «ЭлЖур»", "в порядке, установленном настоящим регламентом",
         "при наличии технической возможности", "с соблюдением требований законодательства Российской Федерации",
         "по согласованию с администрацией школы", "без обращения к сотрудникам школы",
         "с уведомлением классного руководителя", "в электронной форме или на бумажном носителе"]
LIST_ITEMS = ["фамилию, имя, отчество обратившегося", "класс обучающегося", "логин пользователя в ИС «ЭлЖур»",
              "описание возникшей проблемы", "дату и время возникновения ошибки", "снимок экрана с сообщением об ошибке",
              "используемый браузер и его версию", "контактный телефон для обратной связи",
              "роль пользователя (родитель, учитель, обучающийся)", "номер приказа о зачислении"]
SUB_ITEMS = ["при входе с компьютера", "при входе из мобильного приложения", "в рабочее время",
             "в выходные и праздничные дни", "для обучающихся 1–4 классов", "для обучающихся 5–11 классов"]
STEPS = ["Откройте страницу входа в ИС «ЭлЖур».", "Нажмите ссылку «Забыли пароль?».",
         "Введите логин или адрес электронной почты, указанный при регистрации.",
         "Откройте письмо со ссылкой для восстановления и перейдите по ней.",
         "Задайте новый пароль длиной не менее 8 символов.", "Войдите в систему с новым паролем.",
         "Проверьте, что в профиле указаны актуальные контактные данные.",
         "Если письмо не пришло в течение 15 минут, проверьте папку «Спам»."]

AUDIENCES = ["staff", "parents", "pupils"]


def rng_for(seed, *parts):
    """A private generator for one item: the same parts give the same numbers."""
    return random.Random("-".join(str(p) for p in (seed,) + parts))


def q(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------- school data


def make_school(seed, number):
    r = rng_for(seed, "school", number)
    city = r.choice(CITIES)
    code = f"school{number:04d}"
    phone = lambda: f"+7 (3412) {r.randint(20, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    director = f"{r.choice(INITIALS)}. {r.choice(INITIALS)}. {r.choice(SURNAMES)}"
    school = {
        "number": number, "code": code, "city": city, "director": director,
        "short": f"МБОУ «СОШ № {number}»",
        "full": f"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {number}» г. {city}",
        "address": f"ул. {r.choice(STREETS)}, {r.randint(1, 120)}, г. {city}",
        "url": f"https://{code}.example.ru/help/",
    }
    d = f"{code}.example.ru"
    school["channels"] = [
        dict(id="school-phone", kind="phone", value=phone(), label="Учебная часть", audiences=AUDIENCES, hours="пн-пт 8:00-17:00"),
        dict(id="it-phone", kind="phone", value=phone(), label="Технический специалист", audiences=["staff"], hours="пн-пт 9:00-17:00"),
        dict(id="staff-email", kind="email", value=f"ezh-staff@{d}", label="Электронная почта для сотрудников", audiences=["staff"]),
        dict(id="help-email", kind="email", value=f"ezh-help@{d}", label="Электронная почта для родителей и обучающихся", audiences=["parents", "pupils"]),
        dict(id="elzhur-mail", kind="in_app", value="Сообщения ИС «ЭлЖур»", label="Письмо администраторам через встроенную почту ИС «ЭлЖур»", audiences=AUDIENCES),
        dict(id="office-inf", kind="office", value="Каб. 214 (кабинет информатики)", label="Кабинет информатики", audiences=AUDIENCES, note="В часы консультаций по графику."),
        dict(id="office-uch", kind="office", value="Каб. 105 (учебная часть)", label="Учебная часть", audiences=AUDIENCES, hours="пн-пт 8:00-17:00"),
        dict(id="platform-site", kind="url", value="https://support.elzhur.example.ru/", label="Сайт службы поддержки ИС «ЭлЖур»", audiences=AUDIENCES),
        dict(id="platform-email", kind="email", value="support@elzhur.example.ru", label="Электронная почта службы поддержки ИС «ЭлЖур»", audiences=AUDIENCES),
        dict(id="platform-phone", kind="phone", value="+7 (800) 700-12-34", label="Многоканальный телефон службы поддержки ИС «ЭлЖур»", audiences=AUDIENCES,
             hours="с 9:00 до 18:00, кроме выходных и праздничных дней", note="Звонок по России бесплатный."),
    ]
    school["people"] = make_people(r)
    return school


def make_people(r):
    """20 consultants, 2–3 weekly slots each, never overlapping for a person or a room."""
    room_busy = set()  # (day, hour, room)
    people = []
    names = set()
    for i in range(1, 21):
        while True:
            name = f"{r.choice(SURNAMES)} {r.choice(INITIALS)}. {r.choice(INITIALS)}."
            if name not in names:
                names.add(name)
                break
        person = {"id": f"cons-{i:02d}", "name": name, "role": r.choice(ROLES),
                  "topics": r.sample(TOPICS, r.randint(1, 2 if i <= ON_BOARD else 3)), "room": ROOMS[(i - 1) % len(ROOMS)],
                  "channels": r.sample(["it-phone", "elzhur-mail", "staff-email", "office-inf", "school-phone"], r.randint(1, 2)),
                  "hours": None, "slots": [], "exceptions": []}
        own_busy = set()  # (day, hour)

        def free(day, start, length, room):
            return all((day, h) not in own_busy and (day, h, room) not in room_busy for h in range(start, start + length))

        def book(day, start, length, room):
            for h in range(start, start + length):
                own_busy.add((day, h))
                room_busy.add((day, h, room))

        booked_days = []
        # Most people: two days with the same time in their own room, written as one notation
        # ("пн, ср 14:00-15:00"); the rest and any extra slot go to `slots`.
        if r.random() < 0.7:
            for _ in range(50):
                d1, d2 = sorted(r.sample(range(5), 2))
                start, length = r.randint(9, 17), r.choice([1, 1, 2])
                if start + length <= 18 and free(d1, start, length, person["room"]) and free(d2, start, length, person["room"]):
                    book(d1, start, length, person["room"])
                    book(d2, start, length, person["room"])
                    style = r.randrange(3)
                    if style == 0:
                        days = f"{DAYS[d1]}, {DAYS[d2]}"
                        times = f"{start}:00-{start + length}:00"
                    elif style == 1:
                        days = f"{DAY_FULL[d1]}, {DAY_FULL[d2].lower()}"
                        times = f"{start:02d}:00-{start + length:02d}:00"
                    else:
                        days = f"{DAY_DOTTED[d1]}, {DAY_DOTTED[d2]}"
                        times = f"{start}.00-{start + length}.00"
                    person["hours"] = f"{days} {times}"
                    booked_days += [d1, d2]
                    break
        wanted = r.randint(0, 1) if booked_days else r.randint(2, 3)
        for _ in range(wanted):
            for _ in range(50):
                day, start, length = r.randrange(5), r.randint(9, 17), r.choice([1, 1, 2])
                room = person["room"] if i <= ON_BOARD or r.random() < 0.6 else r.choice(ROOMS)
                if start + length <= 18 and free(day, start, length, room):
                    book(day, start, length, room)
                    slot = {"when": f"{DAYS[day]} {start}:00-{start + length}:00"}
                    if room != person["room"]:
                        slot["room"] = room
                    if r.random() < 0.2:
                        slot["note"] = "для родителей (законных представителей)"
                    person["slots"].append(slot)
                    booked_days.append(day)
                    break
        if booked_days and r.random() < 0.3:
            day = r.choice(booked_days)
            date = dt.date(2026, 12, 7) + dt.timedelta(days=day + 7 * r.randrange(3))  # 2026-12-07 is a Monday
            person["exceptions"].append({"date": date.isoformat(), "cancelled": True, "note": "педагогический совет"})
        people.append(person)
    return people


def site_yaml(s):
    return f"""# Synthetic benchmark school (scripts/bench-data.py); every name and number is made up.
school:
  short_name: {q(s['short'])}
  full_name: {q(s['full'])}
  address: {q(s['address'])}
  director: {q(s['director'])}
system:
  name: "ЭлЖур"
  full_name: "Информационная система «Электронный журнал «ЭлЖур»"
  organisation_code: {q(s['code'])}
url: {q(s['url'])}
language: ru
time_zone: Europe/Moscow
school_year:
  name: "2026/27"
  start: 2026-09-01
  end: 2027-05-26
  terms:
    - {{ id: q1, name: "I четверть",   start: 2026-09-01, end: 2026-10-23 }}
    - {{ id: q2, name: "II четверть",  start: 2026-11-03, end: 2026-12-28 }}
    - {{ id: q3, name: "III четверть", start: 2027-01-12, end: 2027-03-19 }}
    - {{ id: q4, name: "IV четверть",  start: 2027-03-30, end: 2027-05-26 }}
  vacations:
    - {{ name: "Осенние каникулы",  start: 2026-10-24, end: 2026-11-02 }}
    - {{ name: "Зимние каникулы",   start: 2026-12-29, end: 2027-01-11 }}
    - {{ name: "Весенние каникулы", start: 2027-03-20, end: 2027-03-29 }}
"""


def contacts_yaml(s):
    out = ["channels:"]
    for c in s["channels"]:
        out.append(f"  - id: {c['id']}")
        out.append(f"    kind: {c['kind']}")
        out.append(f"    value: {q(c['value'])}")
        out.append(f"    label: {q(c['label'])}")
        out.append(f"    audiences: [{', '.join(c['audiences'])}]")
        for key in ("hours", "note"):
            if key in c:
                out.append(f"    {key}: {q(c[key])}")
    return "\n".join(out) + "\n"


def people_yaml(s):
    out = ["people:"]
    for p in s["people"]:
        out.append(f"  - id: {p['id']}")
        out.append(f"    name: {q(p['name'])}")
        out.append(f"    role: {q(p['role'])}")
        out.append(f"    topics: [{', '.join(q(t) for t in p['topics'])}]")
        out.append(f"    room: {q(p['room'])}")
        out.append(f"    channels: [{', '.join(p['channels'])}]")
        if p["hours"]:
            out.append(f"    hours: {q(p['hours'])}")
        if p["slots"]:
            out.append("    slots:")
            for slot in p["slots"]:
                out.append(f"      - when: {q(slot['when'])}")
                for key in ("room", "note"):
                    if key in slot:
                        out.append(f"        {key}: {q(slot[key])}")
        if p["exceptions"]:
            out.append("    exceptions:")
            for e in p["exceptions"]:
                out.append(f"      - {{ date: {e['date']}, cancelled: true, note: {q(e['note'])} }}")
    return "\n".join(out) + "\n"


# Two published timetables, a grid of four consultants and a list of three (like content/): with
# the default board every published timetable becomes a notice, and a notice must fit on one A4
# sheet (BG501). The other consultants appear on regulation pages through `person` directives.
TIMETABLES = [
    ("consultations", "График консультаций по работе в ЭЖ", "grid"),
    ("working-group", "График консультаций рабочей группы по внедрению ЭлЖур", "list"),
]
TIMETABLE_PEOPLE = {"consultations": range(1, 5), "working-group": range(5, 8)}
ON_BOARD = 7  # cons-01 … cons-07 hang on the board: one or two topics, slots in their own room


def timetable_people(tid):
    return [f"cons-{i:02d}" for i in TIMETABLE_PEOPLE[tid]]


def timetables_yaml(s):
    out = ["timetables:"]
    for tid, title, layout in TIMETABLES:
        out += [f"  - id: {tid}", f"    title: {q(title)}", f"    people: [{', '.join(timetable_people(tid))}]",
                f"    layout: {layout}"]
        if layout == "grid":
            out.append("    days: [пн, вт, ср, чт, пт]")
        out += ["    valid_from: 2026-09-01", "    valid_until: 2027-05-26"]
        if layout == "grid":
            out.append('    note: "В каникулы и праздничные дни консультации не проводятся."')
    return "\n".join(out) + "\n"


DESKS_YAML = """desks:
  - id: school-desk
    name: "Техническая поддержка школы"
    operator: school
    channels: [it-phone, help-email]
    intake: "пн-пт 8:00-17:00"
    intake_note: "письма через почту ИС «ЭлЖур» и на электронную почту принимаются в любое время"
    processing: "пн-пт 9:00-17:00"
    out_of_hours: "В нерабочее время напишите письмо через встроенную почту ИС «ЭлЖур» или на электронную почту: обращение будет рассмотрено в ближайший рабочий день."
    response_time: "1 рабочий день"
    tell:
      staff: ["Фамилию, имя, отчество.", "Должность.", "Описание возникшей проблемы."]
      parents: ["Фамилию, имя, отчество.", "Фамилию, имя ребёнка и класс.", "Описание возникшей проблемы."]
      pupils: ["Фамилию, имя, отчество.", "Класс.", "Описание возникшей проблемы."]
    requirements:
      - "Формулировка затруднения должна быть четкой, конкретной и понятной для сотрудника, оказывающего помощь."
      - "Пароль от ИС «ЭлЖур» сообщать не нужно."
    escalates_to: platform-support
    escalation_when: "Если сотрудник школы не может по каким-либо причинам проконсультировать обратившегося (нештатная ситуация)."
  - id: platform-support
    name: "Служба поддержки ИС «ЭлЖур»"
    operator: platform
    channels: [platform-site, platform-email, platform-phone]
    intake: "круглосуточно"
    intake_note: "в режиме 24x7, включая выходные и праздничные дни"
    processing: "с 9:00 до 18:00, кроме выходных и праздничных дней"
    out_of_hours: "Оставьте голосовое сообщение с контактами: оператор перезвонит в рабочее время."
    response_time: "2 рабочих дня"
    tell:
      all: ["Логин и идентификатор пользователя.", "Роль (родитель, учитель, завуч, администратор и т. д.).", "Описание возникшей проблемы."]
    requirements:
      - "Пользователь должен обладать навыками работы с персональным компьютером и в сети Интернет."
      - "Перед обращением необходимо изучить документацию и руководства по возникшему вопросу."
    rejection_reasons:
      - "Пользователь не может предоставить достаточно исходной информации для решения проблемы."
      - "Вопрос задан некорректно или обсуждение вопроса проводится неконструктивно."
"""

DESKS_PLAIN = {
    "school-desk": "Техническая поддержка школы: приём обращений пн-пт 8:00-17:00, обработка пн-пт 9:00-17:00, срок ответа — 1 рабочий день.",
    "platform-support": "Служба поддержки ИС «ЭлЖур»: приём обращений круглосуточно, обработка с 9:00 до 18:00, кроме выходных и праздничных дней, срок ответа — 2 рабочих дня.",
}
TELL_PLAIN = {
    "school-desk": ["Фамилию, имя, отчество.", "Класс или должность.", "Описание возникшей проблемы."],
    "platform-support": ["Логин и идентификатор пользователя.", "Роль (родитель, учитель, завуч, администратор и т. д.).", "Описание возникшей проблемы."],
}

# --------------------------------------------------------------------------- regulations


def sentence(r, emphasis=True):
    obj = r.choice(OBJECTS)
    if emphasis and r.random() < 0.12:
        obj = f"**{obj}**"
    elif emphasis and r.random() < 0.08:
        obj = f"*{obj}*"
    return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {obj} {r.choice(WHEN)} {r.choice(TAILS)}."


def make_regulation(seed, k):
    """Regulation number k (1-based): front-matter data and the Markdown body with directives.
    Depends only on the seed and k, not on the school, so the bodies are shared across sizes."""
    r = rng_for(seed, "regulation", k)
    theme = THEMES[(k - 1) % len(THEMES)]
    edition = (k - 1) // len(THEMES) + 1
    title = f"Регламент {theme}" + (f" (редакция {edition})" if edition > 1 else "")
    uses = {"contacts": set(), "people": set(), "desks": set(), "timetables": set()}
    has_deadlines = k % 5 == 0
    has_form = k % 10 == 3
    blocks = []
    heads = [SECTION_HEADS[0]] + r.sample(SECTION_HEADS[1:], r.randint(3, 5))
    for n, head in enumerate(heads, 1):
        blocks.append(f"{n}. {head}")
        for c in range(1, r.randint(2, 3) + 1):
            text = " ".join(sentence(r) for _ in range(r.randint(1, 2)))
            if n == 1 and c == 1:
                text = f"Настоящий регламент определяет порядок {theme} в школе. " + text
            if r.random() < 0.15:
                cid = r.choice(["school-phone", "it-phone", "help-email", "staff-email", "office-uch"])
                uses["contacts"].add(cid)
                text += f" По вопросам исполнения пункта можно обратиться по адресу [[contact {cid}]]."
            blocks.append(f"{n}.{c}. {text}")
        extra = r.random()
        if extra < 0.3:  # a nested list
            items = []
            for item in r.sample(LIST_ITEMS, r.randint(3, 5)):
                items.append(f"- {item};")
                if r.random() < 0.35:
                    items += [f"  - {sub};" for sub in r.sample(SUB_ITEMS, 2)]
            c += 1
            blocks.append(f"{n}.{c}. При обращении сообщается:\n\n" + "\n".join(items))
        elif extra < 0.5:  # numbered steps
            steps = STEPS[: r.randint(4, len(STEPS))]
            c += 1
            blocks.append(f"{n}.{c}. Порядок действий *при утере пароля*:\n\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
        # a directive in most sections
        kind = r.random()
        if kind < 0.25:
            audience = r.choice(AUDIENCES)
            uses["contacts"].add(f"audience:{audience}")
            blocks.append(f"{n}.{c + 1}. Контакты для обращений:\n\n```contacts {audience}\n```")
        elif kind < 0.4:
            tid = r.choice([t[0] for t in TIMETABLES])
            uses["timetables"].add(tid)
            blocks.append(f"{n}.{c + 1}. Консультации проводятся по графику:\n\n```timetable {tid}\n```")
        elif kind < 0.5:
            pid = f"cons-{r.randint(1, 20):02d}"
            uses["people"].add(pid)
            blocks.append(f"{n}.{c + 1}. Ответственный за консультирование:\n\n```person {pid}\n```")
        elif kind < 0.6:
            did = r.choice(["school-desk", "platform-support"])
            uses["desks"].add(did)
            blocks.append(f"{n}.{c + 1}. Режим работы службы:\n\n```desk {did}\n```")
        elif kind < 0.7:
            did = r.choice(["school-desk", "platform-support"])
            uses["desks"].add(did)
            arg = f" {r.choice(AUDIENCES)}" if did == "school-desk" else ""
            blocks.append(f"{n}.{c + 1}. При обращении необходимо сообщить:\n\n```tell {did}{arg}\n```")
        elif kind < 0.8:
            ids = sorted(r.sample(["school-phone", "it-phone", "help-email", "elzhur-mail", "platform-phone", "platform-email"], 2))
            uses["contacts"].update(ids)
            blocks.append(f"{n}.{c + 1}. Адреса для обращений:\n\n```contacts {' '.join(ids)}\n```")
    if has_deadlines:
        blocks.append(f"{len(heads) + 1}. Сроки на текущий учебный год\n\n```deadlines\n```")
    if has_form:
        # Form ids are unique per site: the same id in two regulations makes two notices with one
        # file name (`boardgen check` at 1511ed4 stops with "Duplicate values for key").
        blocks.append(f"Форма журнала регистрации обращений:\n\n```form request-log-{k:05d}\n```")
    body = "\n\n".join(blocks) + "\n"
    audiences = r.sample(AUDIENCES, r.randint(1, 3))
    order_no = 100 + k % 400
    return {"k": k, "slug": f"reg-{k:05d}", "title": title, "audiences": [a for a in AUDIENCES if a in audiences],
            "order_no": order_no, "uses": uses, "body": body, "has_deadlines": has_deadlines, "has_form": has_form}


def regulation_md(s, reg, summary, plain=False):
    """A regulation file; `plain`: the plain body (as `--markdown-only` writes it) under front
    matter without uses, deadlines or appendices, so the page holds no directive."""
    if plain:
        reg = dict(reg, uses={"contacts": set(), "people": set(), "desks": set(), "timetables": set()},
                   body=plain_body(s, reg["body"]), has_deadlines=False, has_form=False)
    uses = reg["uses"]
    contacts = sorted(c for c in uses["contacts"] if not c.startswith("audience:"))
    preamble = f"Приложение № {reg['k'] % 40 + 1} к приказу № {reg['order_no']} от 31.08.2026"
    lines = ["---", f"title: {q(reg['title'])}", f"slug: {reg['slug']}", f"order: {reg['k'] % 10000}",
             f"audiences: [{', '.join(reg['audiences'])}]",
             "approval:",
             f"  preamble: {q(preamble)}",
             f"  approved_by: {{ position: {q('Директор ' + s['short'])}, name: {q(s['director'])} }}",
             f"  order: {{ number: \"{reg['order_no']}\", date: 2026-08-31 }}",
             "  adopted_with:",
             "    - { body: \"Педагогический совет\", protocol: \"1\", date: 2026-08-28 }",
             "    - { body: \"Управляющий совет\",    protocol: \"1\", date: 2026-08-27 }"]
    use_lines = []
    if contacts:
        use_lines.append(f"  contacts: [{', '.join(contacts)}]")
    for key in ("people", "desks", "timetables"):
        if uses[key]:
            use_lines.append(f"  {key}: [{', '.join(sorted(uses[key]))}]")
    if use_lines:
        lines += ["uses:"] + use_lines
    if reg["has_deadlines"]:
        lines += ["deadlines:",
                  "  - { id: printouts, title: \"Распечатка результатов для родителей без доступа к ЭД\", every: { times: 1, per: week } }",
                  "  - { id: forecast, title: \"Прогноз итоговой успешности за четверть\", before_end: { amount: 2, unit: weeks } }",
                  "  - { id: finals, title: \"Итоговые отметки за четверть доступны в ЭД\", before_end: { amount: 2, unit: days } }"]
    if reg["has_form"]:
        lines += ["appendices:",
                  f"  - id: request-log-{reg['k']:05d}",
                  "    label: \"Приложение 1\"",
                  "    title: \"Журнал регистрации заявок на оказание помощи при работе с ИС «ЭлЖур»\"",
                  "    columns: [\"№ пп\", \"Дата обращения\", \"ФИО\", \"Описание проблемы\", \"Дата выполнения\", \"Подпись\"]",
                  "    rows: 15"]
    if summary:
        lines.append("board: summary")
    lines.append("---")
    return "\n".join(lines) + "\n" + reg["body"]


DIRECTIVE = re.compile(r"^```(\w+)([^\n]*)\n```$", re.M)
MARKER = re.compile(r"\[\[contact ([a-z0-9-]+)\]\]")


def plain_body(s, body):
    """The body with every directive and inline marker replaced by plain Markdown text."""
    channels = {c["id"]: c for c in s["channels"]}
    people = {p["id"]: p for p in s["people"]}

    def channel_line(c):
        return f"- {c['label']}: {c['value']}" + (f" ({c['hours']})" if "hours" in c else "")

    def person_line(p):
        slots = "; ".join(([p["hours"]] if p["hours"] else []) + [x["when"] for x in p["slots"]])
        return f"- **{p['name']}**, {p['role'].lower()}: {slots}, {p['room']}"

    def directive(m):
        name, args = m.group(1), m.group(2).split()
        if name == "contacts":
            if args[0] in AUDIENCES:
                chosen = [c for c in s["channels"] if args[0] in c["audiences"]]
            else:
                chosen = [channels[a] for a in args]
            return "\n".join(channel_line(c) for c in chosen)
        if name == "timetable":
            return "\n".join(person_line(people[i]) for i in timetable_people(args[0]))
        if name == "person":
            return person_line(people[args[0]])
        if name == "desk":
            return DESKS_PLAIN[args[0]]
        if name == "tell":
            return "\n".join(f"{i}. {t}" for i, t in enumerate(TELL_PLAIN[args[0]], 1))
        if name == "deadlines":
            return ("- Распечатка результатов для родителей без доступа к ЭД: еженедельно\n"
                    "- Прогноз итоговой успешности за четверть: за 2 недели до окончания четверти\n"
                    "- Итоговые отметки за четверть доступны в ЭД: за 2 дня до окончания четверти")
        if name == "form":
            return "Приложение 1. Журнал регистрации заявок на оказание помощи при работе с ИС «ЭлЖур» (форма)."
        raise ValueError(name)

    body = DIRECTIVE.sub(directive, body)
    return MARKER.sub(lambda m: channels[m.group(1)]["value"], body)


# --------------------------------------------------------------------------- writing


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schools", type=int, default=1, help="how many schools (default 1)")
    parser.add_argument("--regulations", type=int, default=50, help="regulations per school (default 50)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="write complete boardgen sites into DIR/school-NNNN")
    target.add_argument("--markdown-only", metavar="DIR", help="write plain Markdown bodies into DIR/school-NNNN/<slug>.md")
    parser.add_argument("--plain", action="store_true",
                        help="with --out: regulations without directives or markers, each body byte-identical "
                             "to what --markdown-only writes (the like-for-like case against Hugo and cmark)")
    args = parser.parse_args()
    out = args.out or args.markdown_only
    # A rerun never leaves schools or regulations of a larger earlier run behind; only folders
    # this script writes (school-NNNN) are removed, never anything else in DIR.
    if os.path.isdir(out):
        for name in os.listdir(out):
            if re.fullmatch(r"school-\d{4}", name):
                shutil.rmtree(os.path.join(out, name))
    regulations = [make_regulation(args.seed, k) for k in range(1, args.regulations + 1)]
    total = 0
    for number in range(1, args.schools + 1):
        s = make_school(args.seed, number)
        folder = os.path.join(out, f"school-{number:04d}")
        if args.markdown_only:
            for reg in regulations:
                write(os.path.join(folder, reg["slug"] + ".md"), plain_body(s, reg["body"]))
                total += 1
            continue
        write(os.path.join(folder, "site.yaml"), site_yaml(s))
        write(os.path.join(folder, "contacts.yaml"), contacts_yaml(s))
        write(os.path.join(folder, "people.yaml"), people_yaml(s))
        write(os.path.join(folder, "timetables.yaml"), timetables_yaml(s))
        write(os.path.join(folder, "desks.yaml"), DESKS_YAML)
        for reg in regulations:
            write(os.path.join(folder, "regulations", reg["slug"] + ".md"),
                  regulation_md(s, reg, summary=reg["k"] <= 2, plain=args.plain))
            total += 1
    print(f"wrote {args.schools} school(s), {total} regulation files into {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
