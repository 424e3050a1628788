package org.externship.portal.learninglog.control;

import java.util.Set;

/**
 * Capitalised words that follow "patient", "her son" or "named" without being anyone's name: titles of staff (a
 * doctor's name is no patient's), sentence openers, days, months, languages, and the words of event names such as
 * "Patient Safety Conference".
 */
final class NotNames {

    private static final Set<String> WORDS = Set.of(
            // staff and their titles
            "Dr", "Doctor", "Drs", "Prof", "Professor", "Nurse", "Sister", "Father", "Chaplain", "Reverend", "Rev",
            "Resident", "Attending", "Fellow", "Intern", "Chief", "Student", "Extern", "Coordinator", "Director",
            "Sir", "Madam", "Mr", "Mrs", "Ms", "Miss", "Team",
            // sentence openers and other words that start clauses
            "The", "A", "An", "And", "But", "Or", "So", "Then", "When", "While", "After", "Before", "During", "In",
            "On", "At", "For", "With", "Without", "From", "To", "Of", "By", "As", "If", "Because", "Since", "Until",
            "This", "That", "These", "Those", "He", "She", "They", "We", "You", "It", "His", "Her", "Their", "Our",
            "My", "Your", "Its", "Who", "Whom", "Whose", "What", "Which", "Where", "Why", "How", "Yes", "No", "Not",
            "Also", "Today", "Yesterday", "Tomorrow", "Tonight", "Later", "Now", "Here", "There", "Although",
            "However", "Overall", "Finally", "First", "Second", "Unfortunately", "Fortunately", "Initially",
            "Meanwhile", "Is", "Was", "Were", "Has", "Had", "Did", "Does", "Will", "Would", "Could", "Should", "May",
            "Might", "Must", "Said", "Says", "Told", "Asked", "Came", "Presented", "Please", "Thanks", "Thank",
            // days and months
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December",
            // who someone is, not what they are called
            "Male", "Female", "Man", "Woman", "Boy", "Girl", "Baby", "Child", "Adult", "Elderly", "Young", "Old",
            "Unknown", "Anonymous", "Doe",
            // languages and peoples
            "English", "Spanish", "Arabic", "French", "Hindi", "Urdu", "Bengali", "Punjabi", "Mandarin", "Cantonese",
            "Chinese", "Tagalog", "Filipino", "Portuguese", "Russian", "Polish", "Somali", "Haitian", "Creole",
            "Korean", "Vietnamese", "Japanese", "Farsi", "Persian", "Swahili", "Yoruba", "Igbo", "Hausa", "Amharic",
            "Nepali", "Turkish", "Greek", "Italian", "German", "Ukrainian", "Hispanic", "Latino", "Latina", "Asian",
            "African", "American", "Caucasian", "Muslim", "Christian", "Jewish", "Hindu", "Catholic", "Witness",
            // words of event and service names ("Patient Safety Conference", "Patient Experience Week")
            "Safety", "Experience", "Care", "Education", "Advocate", "Advocacy", "Portal", "Relations", "Services",
            "Satisfaction", "Centered", "Centred", "Handoff", "Transport", "Rights", "Information", "Access", "Flow",
            "Family", "Navigator", "Engagement", "Outcomes", "Quality", "Conference", "Week", "Day", "Rounds",
            "Presentation", "History", "Story", "Case", "Unit", "Room", "Bed", "Record", "Chart", "Name", "Initials",
            "Hospital", "Clinic", "Center", "Centre", "Medicine", "Service", "Program", "Programme");

    private NotNames() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
