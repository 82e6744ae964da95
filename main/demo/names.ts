/**
 * Name lists per background, as Latin transliterations the way they appear in Norwegian
 * registers, plus Ukrainian in Cyrillic (so search by transliteration can be tested).
 * For patronymic traditions (Tigrinya, Amharic, Somali) the last name is a father's given name.
 */
export type NameGroup = {
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** Family names; empty when the last name is a father's given name. */
  readonly last: readonly string[];
};

const list = (names: string): readonly string[] => names.split(',').map((n) => n.trim());

export const NAME_GROUPS = {
  arabic: {
    female: list('Amira, Fatima, Layla, Nour, Rania, Huda, Rasha, Dima, Lina, Hiba, Salma, Yasmin, Reem, Aya, Mariam, Hanan, Ghada, Samar, Nisreen, Doaa, Asmaa, Zainab'),
    male: list('Mohammad, Ahmad, Omar, Khaled, Yousef, Ali, Hassan, Mahmoud, Ibrahim, Samer, Tarek, Bashar, Fadi, Rami, Walid, Mustafa, Anas, Hussein, Majd, Nizar, Ammar, Kinan'),
    last: list('Al-Hassan, Haddad, Khalil, Mansour, Nasser, Saleh, Darwish, Hamdan, Al-Ahmad, Qassem, Abboud, Shami, Halabi, Al-Khatib, Suleiman, Jaber, Yassin, Othman, Al-Ali, Barakat, Haj Ali, Hamoud'),
  },
  kurdish: {
    female: list('Berivan, Rojin, Nazdar, Shilan, Avin, Dilan, Hevin, Jiyan, Zozan, Sozdar'),
    male: list('Rebwar, Karwan, Azad, Dilshad, Shvan, Hawre, Saman, Rekawt, Baran, Aram'),
    last: list('Barzani, Ahmed, Rashid, Karim, Aziz, Mahmoud, Hussein, Mustafa, Abdullah, Salih'),
  },
  tigrinya: {
    female: list('Senait, Helen, Yohana, Selam, Luwam, Semhar, Feven, Ruta, Saba, Winta, Almaz, Mebrat, Tsega, Hiwet, Eden, Rahel, Nardos, Segen'),
    male: list('Yonas, Dawit, Tesfay, Semere, Filmon, Mehari, Robel, Haile, Biniam, Kidane, Tekle, Aron, Yemane, Natnael, Amanuel, Ghebre, Berhane, Mussie'),
    last: [],
  },
  amharic: {
    female: list('Hanna, Meron, Bethlehem, Tigist, Selamawit, Mahlet, Liya, Hirut, Kalkidan, Abeba, Aster, Tsion'),
    male: list('Abebe, Tesfaye, Girma, Alemu, Bekele, Getachew, Solomon, Yared, Henok, Mulugeta, Dereje, Kebede'),
    last: [],
  },
  somali: {
    female: list('Hodan, Ayaan, Fartun, Sahra, Hibaaq, Nimco, Ifrah, Ubah, Khadra, Deeqa, Idil, Maryan, Halimo, Sagal'),
    male: list('Abdirahman, Mohamed, Abdullahi, Hassan, Ahmed, Ali, Omar, Abdi, Yusuf, Liban, Mahad, Farah, Guled, Bashir'),
    last: [],
  },
  dariPashto: {
    female: list('Zahra, Mariam, Fereshta, Nilofar, Shabnam, Parwana, Mursal, Sodaba, Marwa, Tahmina, Frozan, Zarmina, Laila, Habiba'),
    male: list('Ahmad, Mohammad, Farid, Jawad, Hamid, Naveed, Mustafa, Rahmatullah, Sayed, Bilal, Wahid, Javid, Hekmat, Zabihullah'),
    last: list('Ahmadi, Rahimi, Hosseini, Karimi, Noori, Sultani, Popal, Stanikzai, Hashimi, Amiri, Haidari, Safi, Sadat, Mohammadi, Wardak, Nazari'),
  },
  persian: {
    female: list('Maryam, Shirin, Nasrin, Parisa, Leila, Sara, Neda, Mahsa, Azadeh, Roya, Golnaz, Shadi, Niloufar, Bahar'),
    male: list('Reza, Ali, Mehdi, Amir, Hossein, Saeed, Behrouz, Kian, Arash, Babak, Farhad, Dariush, Omid, Peyman'),
    last: list('Mohammadi, Hosseini, Rezaei, Ahmadi, Karimi, Moradi, Tehrani, Rahmani, Jafari, Ghorbani, Sadeghi, Azizi, Kazemi, Shirazi'),
  },
  ukrainian: {
    female: list('Olena, Oksana, Iryna, Tetiana, Nataliia, Yuliia, Kateryna, Svitlana, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Khrystyna, Daryna, Sofiia'),
    male: list('Oleksandr, Andrii, Dmytro, Serhii, Volodymyr, Mykola, Yurii, Oleh, Ivan, Taras, Bohdan, Vasyl, Maksym, Mykhailo, Petro, Artem'),
    last: list('Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Kovalchuk, Oliinyk, Lysenko, Marchenko, Savchenko, Rudenko, Moroz, Pavlenko, Petrenko, Klymenko, Kuzmenko, Honcharenko, Shevchuk, Polishchuk, Tkachuk, Savchuk'),
  },
  ukrainianCyrillic: {
    female: list('Олена, Оксана, Ірина, Тетяна, Наталія, Юлія, Катерина, Світлана, Анастасія, Марія, Вікторія, Галина, Людмила, Христина, Дарина, Софія'),
    male: list('Олександр, Андрій, Дмитро, Сергій, Володимир, Микола, Юрій, Олег, Іван, Тарас, Богдан, Василь, Максим, Михайло, Петро, Артем'),
    last: list('Шевченко, Коваленко, Бондаренко, Ткаченко, Кравченко, Мельник, Бойко, Ковальчук, Олійник, Лисенко, Марченко, Савченко, Руденко, Мороз, Павленко, Петренко, Клименко, Кузьменко, Гончаренко, Шевчук, Поліщук, Ткачук, Савчук'),
  },
  russian: {
    female: list('Anna, Elena, Olga, Natalia, Ekaterina, Irina, Svetlana, Maria'),
    male: list('Aleksandr, Dmitrij, Sergej, Andrej, Aleksej, Mikhail, Ivan, Nikolaj'),
    last: list('Ivanova, Smirnova, Kuznetsova, Popova, Volkova, Sokolova, Morozova, Petrova'),
  },
  congolese: {
    female: list('Grâce, Esther, Nadège, Chantal, Josiane, Divine, Merveille, Aimée, Clarisse, Solange'),
    male: list('Jean-Pierre, Patrick, Emmanuel, Christian, Fiston, Olivier, Junior, Désiré, Blaise, Trésor'),
    last: list('Mbuyi, Kabila, Tshibanda, Ilunga, Mukendi, Kasongo, Lukusa, Mputu, Nzuzi, Bahati, Mwamba, Kalonji'),
  },
  burmese: {
    female: list('Aye Aye, Thida, Khin Mar, Su Su, Nandar, May Thu, Ei Ei, Hnin Wai'),
    male: list('Aung Aung, Kyaw Zin, Min Thu, Zaw Win, Htet Naing, Soe Moe, Thura, Ko Ko'),
    last: list('Htun, Oo, Win, Aung, Myint, Naing, Tun, Soe'),
  },
  spanish: {
    female: list('María, Daniela, Valentina, Camila, Paola, Andrea, Carolina, Natalia, Luisa, Gabriela'),
    male: list('Juan, Carlos, Andrés, Luis, Jorge, Diego, Santiago, Felipe, Alejandro, Miguel'),
    last: list('García, Rodríguez, Martínez, López, González, Hernández, Pérez, Gómez, Díaz, Ramírez, Torres, Vargas'),
  },
  turkish: {
    female: list('Ayşe, Elif, Zeynep, Merve, Büşra, Esra, Selin, Derya'),
    male: list('Mehmet, Mustafa, Emre, Burak, Murat, Hakan, Serkan, Onur'),
    last: list('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan'),
  },
  urdu: {
    female: list('Ayesha, Sana, Hina, Amna, Nadia, Saima, Rabia, Mehwish'),
    male: list('Imran, Usman, Bilal, Faisal, Adeel, Kamran, Hamza, Asif'),
    last: list('Khan, Ahmed, Butt, Chaudhry, Malik, Qureshi, Iqbal, Raza, Shah'),
  },
  filipino: {
    female: list('Maria Cristina, Jocelyn, Rowena, Marites, Jasmine, Kristine, Analyn, Rhea'),
    male: list('Jose, Mark Anthony, Rodel, Jerome, Ramon, Arnel, Jayson, Rommel'),
    last: list('Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Dela Cruz, Villanueva, Ramos'),
  },
  indian: {
    female: list('Priya, Anjali, Divya, Kavya, Neha, Pooja, Lakshmi, Sneha'),
    male: list('Rahul, Arjun, Vikram, Sanjay, Rohit, Karthik, Amit, Suresh'),
    last: list('Sharma, Patel, Reddy, Nair, Iyer, Singh, Gupta, Kumar, Menon, Rao'),
  },
  polish: {
    female: list('Agnieszka, Katarzyna, Magdalena, Joanna, Monika, Ewa, Aleksandra, Małgorzata'),
    male: list('Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Łukasz, Grzegorz'),
    last: list('Nowak, Kowalczyk, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski'),
  },
} as const satisfies Record<string, NameGroup>;

export type NameGroupKey = keyof typeof NAME_GROUPS;
